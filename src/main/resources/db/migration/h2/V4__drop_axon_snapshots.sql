-- govsim keeps its world snapshots in govsim_snapshot; Axon's snapshot table was never written, and the engine reads it
-- only to load an aggregate from its start, which govsim never asks for (it reads streams from a given sequence number).
DROP TABLE IF EXISTS SnapshotEventEntry;
