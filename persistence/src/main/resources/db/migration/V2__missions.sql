-- The missions module: observer organisations (and the bodies they meet), their missions to elections,
-- and each mission's engagements and findings.

create table organization (
    id             uuid          primary key,
    name           jsonb         not null,
    abbreviation   varchar(30),
    classification varchar(40)   not null,
    country_id     varchar(40)   references division (id),
    website        varchar(2000),
    identifiers    jsonb         not null default '[]',
    -- the lower-cased English name: lists are alphabetical
    sort_name      text          not null,
    -- lower-cased names in every language and the abbreviation, kept by the application for `q` searches
    search_text    text          not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index organization_name_idx on organization (sort_name, id);
create index organization_classification_idx on organization (classification, sort_name, id);
create index organization_country_idx on organization (country_id, sort_name, id);
create index organization_updated_idx on organization (updated_at);

create table mission (
    id              uuid         primary key,
    organization_id uuid         not null references organization (id),
    election_id     varchar(80)  not null references election (id),
    country_id      varchar(40)  not null references division (id),
    title           jsonb        not null,
    start_date      date,
    end_date        date,
    -- the start date, or the election's polling date when the start is unknown: the list order
    sort_date       date         not null,
    objectives      jsonb        not null default '[]',
    status          varchar(20)  not null,
    team_members    jsonb        not null default '[]',
    background      jsonb,
    sources         jsonb        not null default '[]',
    notes           text,
    search_text     text         not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint mission_dates_in_order check (end_date >= start_date)
);
create index mission_sort_idx on mission (sort_date, id);
create index mission_organization_idx on mission (organization_id, sort_date, id);
create index mission_election_idx on mission (election_id, sort_date, id);
create index mission_country_idx on mission (country_id, sort_date, id);
create index mission_status_idx on mission (status, sort_date, id);
create index mission_updated_idx on mission (updated_at);

-- A table rather than a JSON array, so that a division a mission was deployed to cannot be deleted under it.
create table mission_deployment_area (
    mission_id  uuid         not null references mission (id),
    position    integer      not null,
    division_id varchar(40)  not null references division (id),
    primary key (mission_id, position)
);
create index mission_deployment_area_division_idx on mission_deployment_area (division_id);

create table engagement (
    id             uuid          primary key,
    mission_id     uuid          not null references mission (id),
    -- the order in which engagements were recorded: same-day engagements read back in a report's order
    seq            bigint        generated always as identity,
    kind           varchar(30)   not null,
    start_date     date          not null,
    end_date       date,
    division_id    varchar(40)   references division (id),
    place          varchar(300),
    counterpart_id uuid          references organization (id),
    people_met     jsonb         not null default '[]',
    summary        jsonb         not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    constraint engagement_dates_in_order check (end_date >= start_date)
);
create index engagement_mission_idx on engagement (mission_id, start_date, seq);
create index engagement_kind_idx on engagement (mission_id, kind, start_date, seq);
create index engagement_updated_idx on engagement (mission_id, updated_at);
create index engagement_counterpart_idx on engagement (counterpart_id);
create index engagement_division_idx on engagement (division_id);

create table finding (
    id          uuid         primary key,
    mission_id  uuid         not null references mission (id),
    -- the order in which findings were recorded: a report's evaluation reads back in its own order
    seq         bigint       generated always as identity,
    kind        varchar(20)  not null,
    phase       varchar(40)  not null,
    text        jsonb        not null,
    -- [{kind, id}] of registry snapshots and station visits; those tables belong to other modules,
    -- so the application checks that each exists when the finding is written
    evidence    jsonb        not null default '[]',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index finding_mission_idx on finding (mission_id, seq);
create index finding_kind_idx on finding (mission_id, kind, seq);
create index finding_phase_idx on finding (mission_id, phase, seq);
create index finding_updated_idx on finding (mission_id, updated_at);
