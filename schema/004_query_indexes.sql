-- diplograph knowledge base, schema version 4: indexes for the queries that
-- look meetings up by place ("meetings at Kazan", "the Singapore summit") and
-- by the summit they were held at ("meetings during ..."), so that a one-shot
-- query reads the rows it answers with instead of every meeting.

CREATE INDEX meetings_place ON meetings(place_id);
CREATE INDEX meetings_parent ON meetings(parent_id) WHERE parent_id IS NOT NULL;
