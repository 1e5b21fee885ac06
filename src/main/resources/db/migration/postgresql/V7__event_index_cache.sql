-- H2's version 7 enlarges the cache of the events' global index, whose sequence wrote its state to H2's catalogue every
-- 32 numbers. PostgreSQL logs a sequence's state far more cheaply, and a cache there is per connection (each would
-- skip numbers the others took): nothing to change. The version exists so both databases' schemas count alike.
SELECT 1;
