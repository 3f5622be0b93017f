-- Checking the count: official results per station, the results observers copied at stations, and the samples
-- of stations a mission watches to verify the official result (a parallel vote tabulation).

-- The official result of a station; its election and division are the station's (and move with it).
create table station_result (
    station_id        uuid        primary key,
    -- what the change feed names the result by
    id                uuid        generated always as (station_id) stored,
    election_id       varchar(80) not null,
    division_id       varchar(40) not null,
    registered_voters bigint      check (registered_voters >= 0),
    ballots_cast      bigint      check (ballots_cast >= 0),
    valid_votes       bigint      not null check (valid_votes >= 0),
    invalid_votes     bigint      check (invalid_votes >= 0),
    -- [{"participationId": ..., "votes": ...}] in participation id order: equal sheets have equal JSON
    votes             jsonb       not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint station_result_station_fk foreign key (station_id, election_id, division_id)
        references polling_station (id, election_id, division_id) on update cascade
);
create index station_result_election_idx on station_result (election_id, station_id);
create index station_result_division_idx on station_result (division_id varchar_pattern_ops);
create index station_result_updated_idx on station_result (updated_at);

-- What observers copied from the sheet posted at a station, under their counting visit (one per visit).
create table observed_result (
    id                uuid        primary key,
    seq               bigint      generated always as identity,
    mission_id        uuid        not null references mission (id),
    visit_id          uuid        not null unique references station_visit (id),
    station_id        uuid        not null,
    election_id       varchar(80) not null,
    division_id       varchar(40) not null,
    registered_voters bigint      check (registered_voters >= 0),
    ballots_cast      bigint      check (ballots_cast >= 0),
    valid_votes       bigint      not null check (valid_votes >= 0),
    invalid_votes     bigint      check (invalid_votes >= 0),
    votes             jsonb       not null,
    posted_publicly   boolean,
    evidence          text,
    notes             text,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint observed_result_station_fk foreign key (station_id, election_id, division_id)
        references polling_station (id, election_id, division_id) on update cascade
);
create index observed_result_election_idx on observed_result (election_id, station_id, seq);
create index observed_result_mission_idx on observed_result (mission_id, station_id, seq);
create index observed_result_division_idx on observed_result (division_id varchar_pattern_ops);
create index observed_result_updated_idx on observed_result (updated_at);

-- A mission's sample of an election's stations, drawn once and never changed.
create table sample (
    id          uuid        primary key,
    mission_id  uuid        not null references mission (id),
    election_id varchar(80) not null,
    method      varchar(30) not null,
    seed        bigint,
    size        integer     not null,
    -- [{"stationId": ..., "stratum": ...}] in the order drawn
    stations    jsonb       not null,
    created_at  timestamptz not null,
    -- never changes: the same as created_at
    updated_at  timestamptz not null
);
create index sample_mission_idx on sample (mission_id, created_at desc);
create index sample_election_idx on sample (election_id, created_at desc);

-- The change feed (see V1_1__change_feed.sql). A sample still secret appears as type, id and link only; its link
-- answers 404 to those who may not read it yet.
create trigger station_result_changes after insert or update or delete on station_result
    for each row execute function record_change('station-result', '/v1/elections/{election_id}/station-results/{station_id}');
create trigger observed_result_changes after insert or update or delete on observed_result
    for each row execute function record_change('observed-result', '/v1/observed-results/{id}');
create trigger sample_changes after insert or update or delete on sample
    for each row execute function record_change('sample', '/v1/samples/{id}');

-- Sums of station results are cached under the election's data version (see V7): writes raise it.
create trigger station_result_observation_insert after insert on station_result
    referencing new table as changed_new for each statement execute function observation_changed();
create trigger station_result_observation_update after update on station_result
    referencing old table as changed_old new table as changed_new for each statement execute function observation_changed();
create trigger station_result_observation_delete after delete on station_result
    referencing old table as changed_old for each statement execute function observation_changed();

-- Whether an election is over: from the start of the day after polling day, in its own time zone (samples are
-- public from then on).
create function observa_election_over(polling_date date, time_zone text, now timestamptz) returns boolean
    language sql stable as $$ select ((polling_date + 1)::timestamp at time zone time_zone) <= now $$;
