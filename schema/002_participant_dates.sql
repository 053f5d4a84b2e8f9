-- diplograph knowledge base, schema version 2.
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

