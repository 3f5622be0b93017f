-- Registry statistics: voter-registry figures of a division at a date, one row per source. Derived
-- indicators and anomaly flags are computed on read and never stored.

create table registry_snapshot (
    id                     uuid          primary key,
    division_id            varchar(40)   not null references division (id),
    -- the first two letters of division_id, kept for the country-wide views
    country_id             varchar(2)    not null,
    reference_date         date          not null,
    election_id            varchar(80)   references election (id),
    population             bigint        check (population >= 0),
    voting_age_population  bigint        check (voting_age_population >= 0),
    registered_voters      bigint        check (registered_voters >= 0),
    ballots_cast           bigint        check (ballots_cast >= 0),
    valid_ballots          bigint        check (valid_ballots >= 0),
    invalid_ballots        bigint        check (invalid_ballots >= 0),
    source_citation        varchar(1000) not null,
    source_url             varchar(2000),
    source_published_on    date,
    source_retrieved_on    date,
    notes                  text,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);
-- One snapshot per division, date and source. The citation is hashed because a 1000-character citation in
-- a non-Latin script can exceed what a b-tree index entry may hold.
create unique index registry_snapshot_key_idx
    on registry_snapshot (division_id, reference_date, md5(source_citation));
-- The list's keyset order, alone and under each filter.
create index registry_snapshot_date_idx on registry_snapshot (reference_date desc, id);
create index registry_snapshot_division_idx on registry_snapshot (division_id, reference_date desc, id);
create index registry_snapshot_country_idx on registry_snapshot (country_id, reference_date desc, id);
create index registry_snapshot_election_idx on registry_snapshot (election_id, reference_date desc, id);
create index registry_snapshot_updated_idx on registry_snapshot (updated_at);
-- includeDescendants: division codes that start with a division's code and "-", whatever the collation.
create index registry_snapshot_division_prefix_idx on registry_snapshot (division_id varchar_pattern_ops);
