-- The token buckets of API keys' rate limits (one row per key, written by Bucket4j's PostgreSQL proxy manager
-- with SELECT ... FOR UPDATE), so that every instance of the service counts a key's requests together.
create table rate_limit_bucket (
    id    varchar(64) primary key,
    state bytea                       -- null until the first request of the key (Bucket4j inserts the row empty)
);
