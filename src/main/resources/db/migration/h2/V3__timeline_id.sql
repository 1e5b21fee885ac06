-- A timeline's id keys its events (aggregateIdentifier and event ids), its snapshots and its branches' lineage; its
-- name is what people call it and may change. A stored timeline's name becomes its id, which its events and snapshots
-- already carry, and parent, which held the parent's name, now holds that same id.
ALTER TABLE govsim_timeline ADD COLUMN id VARCHAR(200);
UPDATE govsim_timeline SET id = name;
ALTER TABLE govsim_timeline ALTER COLUMN id SET NOT NULL;
ALTER TABLE govsim_timeline DROP PRIMARY KEY;
ALTER TABLE govsim_timeline ADD CONSTRAINT govsim_timeline_pk PRIMARY KEY (id);
ALTER TABLE govsim_timeline ADD CONSTRAINT govsim_timeline_name UNIQUE (name);
ALTER TABLE govsim_timeline RENAME COLUMN parent TO parent_id;
