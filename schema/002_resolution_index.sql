-- diplograph knowledge base, schema version 2: faster meeting resolution, and alias
-- tables that PRAGMA integrity_check reads correctly.
-- Meeting resolution looks for known meetings of the same actor at a compatible
-- date. With only (actor_id, meeting_id) indexed, that meant reading every meeting
-- of a busy actor for each new report, which grows with the archive; keeping the
-- meeting's date beside each participant lets one index range find the few
-- meetings of that actor in the right years (and the undated ones).
-- The column mirrors meetings.date: the store updates both together.
ALTER TABLE participants ADD COLUMN meeting_date TEXT;
UPDATE participants SET meeting_date = (SELECT date FROM meetings WHERE meetings.id = participants.meeting_id);
DROP INDEX participants_actor;
CREATE INDEX participants_actor ON participants(actor_id, meeting_date, meeting_id);


-- SQLite 3.40 (Debian 12) reports false "NULL value in actor_aliases.alias" from
-- PRAGMA integrity_check when, in a WITHOUT ROWID table, a NOT NULL column that
-- is not in the primary key is declared before one that is. A clean check is how
-- a user (and the crash test) knows a database survived a kill, so the two alias
-- tables are rebuilt with their key columns first. Same columns, same rows.
CREATE TABLE actor_aliases_v2 (
  norm     TEXT NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  PRIMARY KEY (norm, actor_id)
) WITHOUT ROWID;
INSERT INTO actor_aliases_v2(norm, actor_id, alias) SELECT norm, actor_id, alias FROM actor_aliases;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_v2 RENAME TO actor_aliases;

CREATE TABLE place_aliases_v2 (
  norm     TEXT NOT NULL,
  place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
INSERT INTO place_aliases_v2(norm, place_id, alias) SELECT norm, place_id, alias FROM place_aliases;
DROP TABLE place_aliases;
ALTER TABLE place_aliases_v2 RENAME TO place_aliases;
