-- diplograph knowledge base, schema version 1.
-- Every fact keeps its provenance: a meeting's mentions point to the article
-- sentences they were read from, with the rule and the confidence.
-- Text codes (type, status, role, kind) are persisted: never rename them.

-- Key/value facts about the database itself (lexicon version, ...).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per distinct article text (content_hash = SHA-like hash of the text):
-- re-ingesting the same text is a no-op.
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  external_id  TEXT,            -- the "id" of a JSON Lines article, else the path
  url          TEXT,
  title        TEXT,
  pub_date     TEXT,            -- YYYY-MM-DD, or NULL when unknown
  date_source  TEXT,            -- metadata | option | dateline | NULL
  lang         TEXT,            -- ar | en
  source_path  TEXT,
  source_line  INTEGER,         -- line in a .jsonl file
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE sentences (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,  -- 0-based position in the article
  text       TEXT NOT NULL,
  UNIQUE (article_id, seq)
);

-- Actors: people, states, organisations. key = lexicon id (states: ISO code),
-- or '?' || folded name for a person the lexicon does not know.
CREATE TABLE actors (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,     -- person | state | organisation
  name       TEXT NOT NULL,     -- canonical English name (as written for unknown people)
  name_ar    TEXT,
  country    TEXT,
  in_lexicon INTEGER NOT NULL DEFAULT 1
);

-- Every spelling of an actor; norm is the folded matching form (see text/normalize).
CREATE TABLE actor_aliases (
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  norm     TEXT NOT NULL,
  PRIMARY KEY (norm, actor_id)
) WITHOUT ROWID;

-- Dated roles: office (head_of_state, foreign_minister ...) of a country or organisation.
CREATE TABLE actor_roles (
  actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  office    TEXT NOT NULL,
  of        TEXT NOT NULL,
  from_date TEXT,
  to_date   TEXT,
  title     TEXT
);
CREATE INDEX actor_roles_actor ON actor_roles(actor_id);

CREATE TABLE places (
  id      INTEGER PRIMARY KEY,
  key     TEXT NOT NULL UNIQUE, -- lexicon id; countries use their ISO code
  kind    TEXT NOT NULL,        -- country | capital | city | venue | region
  name    TEXT NOT NULL,
  name_ar TEXT,
  country TEXT
);

CREATE TABLE place_aliases (
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  norm     TEXT NOT NULL,
  PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;

-- One row per real-world encounter, whatever the number of reports.
CREATE TABLE meetings (
  id             INTEGER PRIMARY KEY,
  type           TEXT NOT NULL,  -- summit | visit | talks | meeting | call
  status         TEXT NOT NULL,  -- occurred | planned | invited | cancelled (the latest report's)
  place_id       INTEGER REFERENCES places(id),
  date           TEXT,           -- YYYY, YYYY-MM or YYYY-MM-DD
  date_precision TEXT,           -- year | month | day
  label          TEXT,           -- "Singapore summit 2018"
  parent_id      INTEGER REFERENCES meetings(id),  -- the summit a sideline meeting belongs to
  sideline_of    TEXT,           -- the larger event as written, when not resolved to a meeting
  status_date    TEXT            -- publication date of the report that set the status
);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE participants (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  actor_id   INTEGER NOT NULL REFERENCES actors(id),
  role       TEXT NOT NULL,      -- host | guest | party
  PRIMARY KEY (meeting_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX participants_actor ON participants(actor_id, meeting_id);

-- Provenance: one row per article that reported the meeting, with what that
-- article said (which may disagree with other reports: it is kept, not overwritten).
CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type         TEXT NOT NULL,
  status       TEXT NOT NULL,
  place_id     INTEGER REFERENCES places(id),
  date         TEXT,
  date_text    TEXT,
  participants TEXT NOT NULL,    -- JSON array of {name, text, role} as extracted
  rule         TEXT NOT NULL,
  confidence   REAL NOT NULL,
  sideline_of  TEXT
);
CREATE INDEX mentions_meeting ON mentions(meeting_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE mention_sentences (
  mention_id  INTEGER NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  PRIMARY KEY (mention_id, sentence_id)
) WITHOUT ROWID;
