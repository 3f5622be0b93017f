-- API keys: who may write. Only a SHA-256 hash of each secret is kept. Keys are not public data, so
-- they stay out of the change feed.

create table api_key (
    id              uuid         primary key,
    organization_id uuid         not null references organization (id),
    role            varchar(20)  not null,
    label           varchar(200) not null,
    secret_hash     bytea        not null,
    created_at      timestamptz  not null,
    revoked_at      timestamptz
);
create index api_key_organization_idx on api_key (organization_id, created_at, id);
create index api_key_list_idx on api_key (created_at, id);
