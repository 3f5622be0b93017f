-- The recommendations module: the recommendations of missions, the links between recommendations of
-- successive missions (follows), and the dated assessments of how far each was implemented.

create table recommendation (
    id              uuid          primary key,
    mission_id      uuid          not null references mission (id),
    -- the mission's country, which never changes: filters and statistics by country need no join
    country_id      varchar(40)   not null references division (id),
    number          integer       not null,
    title           jsonb         not null,
    text            jsonb         not null,
    -- [{kind, name}] in the report's order
    addressees      jsonb         not null default '[]',
    -- the distinct kinds of the addressees, kept by the application for the addressee filter and statistics
    addressee_kinds varchar(40)[] not null default '{}',
    phase           varchar(40)   not null,
    priority        varchar(10),
    -- the earlier recommendation this one repeats or follows up; the application keeps the links acyclic
    follows         uuid          references recommendation (id),
    source          jsonb,
    notes           text,
    -- the latest assessment's status (NOT_ASSESSED without one), kept in the transaction that writes assessments
    status          varchar(30)   not null,
    -- lower-cased title and text in every language, kept by the application for `q` searches
    search_text     text          not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint recommendation_number_positive check (number > 0),
    constraint recommendation_number_unique unique (mission_id, number),
    constraint recommendation_follows_another check (follows <> id)
);
-- The list is ordered by the mission's date (mission_sort_idx), then mission and number (the unique index above).
create index recommendation_country_idx on recommendation (country_id, status);
create index recommendation_phase_idx on recommendation (phase, country_id);
create index recommendation_status_idx on recommendation (status);
create index recommendation_addressee_idx on recommendation using gin (addressee_kinds);
create index recommendation_follows_idx on recommendation (follows);
create index recommendation_updated_idx on recommendation (updated_at);

create table assessment (
    id                uuid         primary key,
    recommendation_id uuid         not null references recommendation (id),
    -- the order in which assessments were recorded: of two assessed the same day, the later recorded is current
    seq               bigint       generated always as identity,
    assessed_on       date         not null,
    -- the assessing mission, if any; the assessing organisation is always stored (the mission's, when implied)
    mission_id        uuid         references mission (id),
    organization_id   uuid         not null references organization (id),
    status            varchar(30)  not null,
    rationale         jsonb,
    -- [Source] cited as evidence
    evidence          jsonb        not null default '[]',
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);
create index assessment_recommendation_idx on assessment (recommendation_id, assessed_on, seq);
create index assessment_status_idx on assessment (recommendation_id, status, assessed_on, seq);
create index assessment_updated_idx on assessment (recommendation_id, updated_at);
create index assessment_mission_idx on assessment (mission_id);
create index assessment_organization_idx on assessment (organization_id, recommendation_id);
create index assessment_export_status_idx on assessment (status, recommendation_id);

-- Both resources in the change feed (see V1_1__change_feed.sql).
create trigger recommendation_changes after insert or update or delete on recommendation
    for each row execute function record_change('recommendation', '/v1/recommendations/{id}');
create trigger assessment_changes after insert or update or delete on assessment
    for each row execute function record_change('assessment', '/v1/recommendations/{recommendation_id}/assessments/{id}');
