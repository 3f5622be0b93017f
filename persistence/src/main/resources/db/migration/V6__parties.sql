-- The parties module: political parties, their participation in elections (registered or kept off the
-- ballot), each election's results table, and the campaign events missions observe.

create table party (
    id             uuid          primary key,
    country_id     varchar(40)   not null references division (id),
    name           jsonb         not null,
    abbreviation   varchar(30),
    founded_on     date,
    dissolved_on   date,
    colour         varchar(7),
    logo_url       varchar(2000),
    identifiers    jsonb         not null default '[]',
    predecessor_id uuid          references party (id),
    sources        jsonb         not null default '[]',
    notes          text,
    -- the lower-cased English name: lists are alphabetical
    sort_name      text          not null,
    -- lower-cased names in every language and the abbreviation, kept by the application for `q` searches
    search_text    text          not null,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    constraint party_dates_in_order check (dissolved_on >= founded_on),
    constraint party_colour_format check (colour ~ '^#[0-9A-Fa-f]{6}$')
);
-- An abbreviation names one party per country, whatever its case.
create unique index party_abbreviation_idx on party (country_id, lower(abbreviation)) where abbreviation is not null;
-- The list's keyset order, alone and by country; activeOn filters the founding and dissolution dates of the
-- rows these indexes lead to (a country has at most a few hundred parties).
create index party_name_idx on party (sort_name, id);
create index party_country_idx on party (country_id, sort_name, id);
create index party_updated_idx on party (updated_at);
create index party_predecessor_idx on party (predecessor_id);

create table participation (
    id          uuid          primary key,
    election_id varchar(80)   not null references election (id),
    party_id    uuid          not null references party (id),
    -- the order in which participations were recorded: an election's parties read back in a source's order
    seq         bigint        generated always as identity,
    status      varchar(20)   not null,
    status_date date,
    reason      jsonb,
    sources     jsonb         not null default '[]',
    notes       text,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    constraint participation_once_per_election unique (election_id, party_id)
);
create index participation_election_idx on participation (election_id, seq);
create index participation_status_idx on participation (election_id, status, seq);
create index participation_all_status_idx on participation (status, election_id, seq);
create index participation_party_idx on participation (party_id);
create index participation_updated_idx on participation (updated_at);

-- An election's results table: this row holds what the table says of itself, the rows and totals below
-- hold its figures. Its id is the election's, so the change feed links it at /v1/elections/{id}/results.
create table election_results (
    id           varchar(80)   primary key references election (id),
    status       varchar(20)   not null,
    announced_on date,
    sources      jsonb         not null default '[]',
    notes        text,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);

create table election_result_row (
    election_id      varchar(80)   not null references election_results (id),
    -- the row's index in the upload, in whose order the rows read back
    position         integer       not null,
    participation_id uuid          not null references participation (id),
    party_id         uuid          not null references party (id),
    -- absent for the national figures
    division_id      varchar(40)   references division (id),
    votes            bigint        not null check (votes >= 0),
    seats            integer       check (seats >= 0),
    primary key (election_id, position)
);
create unique index election_result_row_key_idx on election_result_row (participation_id, coalesce(division_id, ''));
create index election_result_row_division_idx on election_result_row (division_id);
create index election_result_row_party_idx on election_result_row (party_id);

create table election_result_total (
    election_id       varchar(80)   not null references election_results (id),
    position          integer       not null,
    -- absent for the national totals
    division_id       varchar(40)   references division (id),
    valid_votes       bigint        not null check (valid_votes >= 0),
    invalid_votes     bigint        check (invalid_votes >= 0),
    registered_voters bigint        check (registered_voters >= 0),
    primary key (election_id, position)
);
create unique index election_result_total_key_idx on election_result_total (election_id, coalesce(division_id, ''));
create index election_result_total_division_idx on election_result_total (division_id);

create table campaign_observation (
    id             uuid          primary key,
    mission_id     uuid          not null references mission (id),
    party_id       uuid          not null references party (id),
    -- the order in which observations were recorded: same-day observations read back in a report's order
    seq            bigint        generated always as identity,
    observed_on    date          not null,
    observed_until date,
    division_id    varchar(40)   references division (id),
    place          varchar(300),
    kind           varchar(40)   not null,
    -- the concerns' names, each once
    concerns       jsonb         not null default '[]',
    notes          jsonb,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    constraint campaign_observation_dates_in_order check (observed_until >= observed_on)
);
-- The list's keyset order, alone and under each filter (electionId goes through the mission's election).
create index campaign_observation_date_idx on campaign_observation (observed_on, seq);
create index campaign_observation_mission_idx on campaign_observation (mission_id, observed_on, seq);
create index campaign_observation_party_idx on campaign_observation (party_id, observed_on, seq);
create index campaign_observation_kind_idx on campaign_observation (kind, observed_on, seq);
create index campaign_observation_updated_idx on campaign_observation (updated_at);
create index campaign_observation_division_idx on campaign_observation (division_id);

-- The change feed (see V1_1__change_feed.sql). Rows and totals are parts of their results table, whose
-- row changes with them.
create trigger party_changes after insert or update or delete on party
    for each row execute function record_change('party', '/v1/parties/{id}');
create trigger participation_changes after insert or update or delete on participation
    for each row execute function record_change('participation', '/v1/elections/{election_id}/participations/{id}');
create trigger election_results_changes after insert or update or delete on election_results
    for each row execute function record_change('election-results', '/v1/elections/{id}/results');
create trigger campaign_observation_changes after insert or update or delete on campaign_observation
    for each row execute function record_change('campaign-observation', '/v1/campaign-observations/{id}');
