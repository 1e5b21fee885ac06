-- The events' global index hands out numbers from a cache and writes the sequence's state to the catalogue each time
-- the cache runs out: with the default 32 that was about ten catalogue writes for every branch stored (a fork stores
-- some 300 events), a tenth of a fork's storing. Numbers a stopped server had cached are skipped; events are read by
-- timeline and position, never by a gapless global index.
ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex SET CACHE 4096;
