-- Polling stations and election-day observation: polling centres (venues), polling stations (unique by
-- election and official number) and observer teams' station visits with their checklists.

create table polling_centre (
    id          uuid          primary key,
    election_id varchar(80)   not null references election (id),
    -- any level inside the election's country (checked by the application)
    division_id varchar(40)   not null references division (id),
    name        jsonb         not null,
    address     varchar(500),
    latitude    double precision,
    longitude   double precision,
    notes       text,
    sources     jsonb         not null default '[]',
    -- the lower-cased English name: lists are alphabetical within an election
    sort_name   text          not null,
    -- lower-cased names in every language and the address, kept by the application for `q` searches
    search_text text          not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    constraint polling_centre_location check ((latitude is null) = (longitude is null)
        and latitude between -90 and 90 and longitude between -180 and 180),
    -- what a station refers to: it lies in its centre's election and division
    constraint polling_centre_placement_key unique (id, election_id, division_id)
);
create index polling_centre_election_idx on polling_centre (election_id, sort_name, id);
-- divisionId filters: the division's code, or a code that starts with it and "-" (a division under it)
create index polling_centre_division_idx on polling_centre (division_id varchar_pattern_ops);
create index polling_centre_updated_idx on polling_centre (updated_at);

create table polling_station (
    id                uuid             primary key,
    election_id       varchar(80)      not null,
    centre_id         uuid             not null,
    -- the centre's division, kept here so that filters and statistics need no join; a centre that
    -- moves takes its stations along (the cascade below, and the application marks them changed)
    division_id       varchar(40)      not null,
    number            varchar(20)      not null,
    -- the number with every run of digits zero-padded: lists read 358, 407, 1067 rather than 1067, 358, 407
    number_sort       text             not null,
    registered_voters integer          check (registered_voters >= 0),
    latitude          double precision,
    longitude         double precision,
    notes             text,
    sources           jsonb            not null default '[]',
    created_at        timestamptz      not null,
    updated_at        timestamptz      not null,
    constraint polling_station_location check ((latitude is null) = (longitude is null)
        and latitude between -90 and 90 and longitude between -180 and 180),
    constraint polling_station_centre_fk foreign key (centre_id, election_id, division_id)
        references polling_centre (id, election_id, division_id) on update cascade,
    -- the natural key: one official number per election, compared exactly
    constraint polling_station_number_key unique (election_id, number),
    -- what a visit refers to: its station is in the visit's (and so the mission's) election
    constraint polling_station_election_key unique (id, election_id)
);
create index polling_station_list_idx on polling_station (election_id, number_sort, id);
create index polling_station_centre_idx on polling_station (centre_id);
create index polling_station_division_idx on polling_station (division_id varchar_pattern_ops);
create index polling_station_location_idx on polling_station (longitude, latitude) where longitude is not null;
create index polling_station_updated_idx on polling_station (updated_at);

-- A visit's station must be in its mission's election: both foreign keys below share election_id.
alter table mission add constraint mission_election_key unique (id, election_id);

create table station_visit (
    id                       uuid         primary key,
    -- the order in which visits were recorded: same-day visits read back in a report's order
    seq                      bigint       generated always as identity,
    mission_id               uuid         not null,
    station_id               uuid         not null,
    election_id              varchar(80)  not null,
    observers                jsonb        not null default '[]',
    visited_on               date         not null,
    arrived_at               timestamptz,
    departed_at              timestamptz,
    phase                    varchar(20),
    -- checklist answers as bit sets, one bit per question (the bit of each question is fixed in
    -- StationVisitEntity and never reused): statistics add them up without reading any JSON
    checklist_yes            integer      not null default 0,
    checklist_no             integer      not null default 0,
    checklist_not_applicable integer      not null default 0,
    assessment               varchar(20),
    notes                    text,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    constraint station_visit_mission_fk foreign key (mission_id, election_id) references mission (id, election_id),
    constraint station_visit_station_fk foreign key (station_id, election_id) references polling_station (id, election_id),
    constraint station_visit_times_in_order check (departed_at > arrived_at),
    constraint station_visit_one_answer_per_question check ((checklist_yes & checklist_no) = 0
        and (checklist_yes & checklist_not_applicable) = 0 and (checklist_no & checklist_not_applicable) = 0)
);
create index station_visit_election_idx on station_visit (election_id, visited_on, seq);
create index station_visit_mission_idx on station_visit (mission_id, visited_on, seq);
create index station_visit_station_idx on station_visit (station_id, visited_on, seq);
create index station_visit_updated_idx on station_visit (updated_at);
-- Observation statistics read only this index (an index-only scan of the election's visits).
create index station_visit_stats_idx on station_visit (election_id, station_id)
    include (mission_id, assessment, checklist_yes, checklist_no);

-- The change feed (see V1_1__change_feed.sql).
create trigger polling_centre_changes after insert or update or delete on polling_centre
    for each row execute function record_change('polling-centre', '/v1/polling-centres/{id}');
create trigger polling_station_changes after insert or update or delete on polling_station
    for each row execute function record_change('polling-station', '/v1/polling-stations/{id}');
create trigger station_visit_changes after insert or update or delete on station_visit
    for each row execute function record_change('station-visit', '/v1/station-visits/{id}');

-- The version of each election's observation statistics: every write that changes what they count
-- raises it in the same transaction, so a cached aggregate is served only while its version is current,
-- whichever instance computed it. Concurrent writers to one election queue on its row until they commit.
create table observation_version (
    election_id varchar(80) primary key references election (id) on delete cascade,
    version     bigint      not null
);

create function bump_observation_version(election text) returns void language sql as $$
    insert into observation_version (election_id, version) values (election, 1)
    on conflict (election_id) do update set version = observation_version.version + 1;
$$;

-- Once per statement, not per row: a transaction that writes thousands of stations or visits raises each
-- election's version once per statement instead of updating one row thousands of times. Elections are
-- taken in order, so transactions that touch several never wait for each other in a cycle.
create function observation_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform bump_observation_version(election_id)
        from (select distinct election_id from changed_new order by election_id) as elections;
    elsif TG_OP = 'DELETE' then
        perform bump_observation_version(election_id)
        from (select distinct election_id from changed_old order by election_id) as elections;
    else
        perform bump_observation_version(election_id)
        from (select election_id from changed_old union select election_id from changed_new order by election_id)
            as elections;
    end if;
    return null;
end
$$;

-- A trigger with transition tables fires on one kind of event only: three per table.
create trigger polling_station_observation_insert after insert on polling_station
    referencing new table as changed_new for each statement execute function observation_changed();
create trigger polling_station_observation_update after update on polling_station
    referencing old table as changed_old new table as changed_new for each statement execute function observation_changed();
create trigger polling_station_observation_delete after delete on polling_station
    referencing old table as changed_old for each statement execute function observation_changed();
create trigger station_visit_observation_insert after insert on station_visit
    referencing new table as changed_new for each statement execute function observation_changed();
create trigger station_visit_observation_update after update on station_visit
    referencing old table as changed_old new table as changed_new for each statement execute function observation_changed();
create trigger station_visit_observation_delete after delete on station_visit
    referencing old table as changed_old for each statement execute function observation_changed();
