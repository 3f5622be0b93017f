-- Reference data shared by every module: divisions (countries and their administrative areas) and elections.

create table division (
    id          varchar(40)  primary key,
    country_id  varchar(2)   not null,
    level       varchar(20)  not null,
    parent_id   varchar(40)  references division (id),
    name        jsonb        not null,
    identifiers jsonb        not null default '[]',
    -- lower-cased names in every language, kept by the application for `q` searches
    search_text text         not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index division_parent_idx on division (parent_id, id);
create index division_country_idx on division (country_id, id);
create index division_updated_idx on division (updated_at);

create table election (
    id                   varchar(80)  primary key,
    country_id           varchar(40)  not null references division (id),
    type                 varchar(30)  not null,
    name                 jsonb        not null,
    polling_date         date         not null,
    time_zone            varchar(64)  not null,
    polls_open           time,
    polls_close          time,
    seats                integer,
    constituencies       integer,
    electoral_system     varchar(40),
    management_body      jsonb,
    results_status       varchar(20),
    results_announced_on date,
    notes                text,
    sources              jsonb        not null default '[]',
    search_text          text         not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index election_polling_idx on election (polling_date desc, id);
create index election_country_idx on election (country_id, polling_date desc, id);
create index election_updated_idx on election (updated_at);

-- Which parts of the demo dataset have been loaded, so that a restart never loads one twice.
create table demo_data_part (
    name      varchar(100) primary key,
    loaded_at timestamptz  not null
);
