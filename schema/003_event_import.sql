-- diplograph knowledge base, schema version 3: events imported from CSV tables
-- (diplograph import). Each source keeps the ids its own files use, so importing
-- the same files again finds every row already there and adds nothing.

CREATE TABLE event_sources (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,  -- --source, by default the folder's name
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- external_id is declared without a type on purpose: integer ids stay integers,
-- so a file in id order appends to the b-tree instead of inserting in text order.
CREATE TABLE imported_actors (
  source_id   INTEGER NOT NULL REFERENCES event_sources(id) ON DELETE CASCADE,
  external_id NOT NULL,
  actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  PRIMARY KEY (source_id, external_id)
) WITHOUT ROWID;

CREATE TABLE imported_meetings (
  source_id   INTEGER NOT NULL REFERENCES event_sources(id) ON DELETE CASCADE,
  external_id NOT NULL,
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  PRIMARY KEY (source_id, external_id)
) WITHOUT ROWID;
