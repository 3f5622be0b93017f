-- Incidents: serious events a mission's observers report, and the history of their follow-up.

-- What an incident at a station refers to: the station in the incident's election and division, so that a
-- centre that moves to another division takes its stations' incidents along (the cascade below).
alter table polling_station add constraint polling_station_division_key unique (id, election_id, division_id);

create table incident (
    id          uuid             primary key,
    mission_id  uuid             not null,
    -- the mission's election, kept here so that the station's foreign key can require the same one
    election_id varchar(80)      not null,
    station_id  uuid,
    -- the station's division at a station, else the division the reporter named
    division_id varchar(40)      not null references division (id),
    latitude    double precision,
    longitude   double precision,
    occurred_at timestamptz      not null,
    category    varchar(40)      not null,
    severity    varchar(20)      not null,
    description jsonb            not null,
    involved    text,
    sources     jsonb            not null default '[]',
    status      varchar(20)      not null,
    -- the description in every language and the people or bodies involved, lower-cased, for q
    search_text text             not null,
    created_at  timestamptz      not null,
    updated_at  timestamptz      not null,
    constraint incident_location check ((latitude is null) = (longitude is null)
        and latitude between -90 and 90 and longitude between -180 and 180),
    constraint incident_mission_fk foreign key (mission_id, election_id) references mission (id, election_id),
    constraint incident_station_fk foreign key (station_id, election_id, division_id)
        references polling_station (id, election_id, division_id) on update cascade
);
-- The list's order is latest first: each filter's index ends with it.
create index incident_election_idx on incident (election_id, occurred_at desc, id desc);
create index incident_mission_idx on incident (mission_id, occurred_at desc, id desc);
create index incident_station_idx on incident (station_id, occurred_at desc, id desc) where station_id is not null;
create index incident_division_idx on incident (division_id varchar_pattern_ops);
create index incident_location_idx on incident (longitude, latitude) where longitude is not null;
create index incident_updated_idx on incident (updated_at);

create table incident_status_change (
    id                         uuid        primary key,
    -- the order of the steps: one incident's history reads back as it happened
    seq                        bigint      generated always as identity,
    incident_id                uuid        not null references incident (id) on delete cascade,
    from_status                varchar(20),
    to_status                  varchar(20) not null,
    reason                     text,
    changed_by_key_id          uuid,
    changed_by_organization_id uuid,
    changed_at                 timestamptz not null
);
create index incident_status_change_incident_idx on incident_status_change (incident_id, seq);

-- The change feed (see V1_1__change_feed.sql). Incidents of a PLANNED mission appear in it too, but a feed
-- entry holds only the type, the id and the link, and the link answers 404 to those who may not read them.
create trigger incident_changes after insert or update or delete on incident
    for each row execute function record_change('incident', '/v1/incidents/{id}');
create trigger incident_status_change_changes after insert or update or delete on incident_status_change
    for each row execute function record_change('incident-status-change', '/v1/incidents/{incident_id}/status-changes');
