-- Observation forms: checklists that missions define for their observers, in numbered versions that are
-- drafts until published and never change after; station visits answer one published version.

create table observation_form (
    id              uuid         primary key,
    -- null for the built-in standard form, which belongs to nobody and is read-only
    organization_id uuid         references organization (id),
    code            varchar(64)  not null unique,
    title           jsonb        not null,
    description     jsonb,
    phases          jsonb        not null,
    -- the code and the title in every language, lower-cased, for q
    search_text     text         not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index observation_form_organization_idx on observation_form (organization_id);
create index observation_form_updated_idx on observation_form (updated_at);

create table observation_form_version (
    form_id      uuid         not null references observation_form (id) on delete cascade,
    number       integer      not null check (number >= 1),
    -- what the change feed names the version by
    id           text         generated always as (form_id::text || '/' || number::text) stored,
    status       varchar(20)  not null,
    sections     jsonb        not null default '[]',
    questions    jsonb        not null default '[]',
    published_at timestamptz,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    primary key (form_id, number),
    constraint observation_form_version_published check ((status = 'PUBLISHED') = (published_at is not null))
);
create index observation_form_version_updated_idx on observation_form_version (updated_at);

-- A published version never changes (so that every answer keeps its meaning) and is never deleted:
-- kept here as well as in the service, so that no write path can get around it.
create function observation_form_version_frozen() returns trigger language plpgsql as $$
begin
    if OLD.status = 'PUBLISHED' then
        raise exception 'version % of form % is published and never changes', OLD.number, OLD.form_id
            using errcode = 'check_violation';
    end if;
    return case TG_OP when 'DELETE' then OLD else NEW end;
end
$$;
create trigger observation_form_version_frozen before update or delete on observation_form_version
    for each row when (pg_trigger_depth() = 0) execute function observation_form_version_frozen();

-- The standard checklist, version 1: the 13 yes/no questions station visits answered before forms existed.
insert into observation_form (id, organization_id, code, title, description, phases, search_text, created_at, updated_at)
values ('0b5e7a00-57d0-4f00-a000-000000000001', null, 'standard',
        '{"en": "Standard checklist"}',
        '{"en": "The questions of international election observation that every station visit answered before missions could define their own forms. Built in, read-only and available to every mission."}',
        '["OPENING", "VOTING", "CLOSING", "COUNTING"]', 'standard standard checklist',
        '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z');
insert into observation_form_version (form_id, number, status, sections, questions, published_at, created_at, updated_at)
values ('0b5e7a00-57d0-4f00-a000-000000000001', 1, 'PUBLISHED', '[]',
        '[{"code": "VOTER_LIST_PRESENT_AND_USED", "label": {"en": "Is the voter list at the station, and are voters checked against it before they get a ballot?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "IDENTITY_CHECKED", "label": {"en": "Do the officials check each voter''s identity document?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "INK_CHECKED", "label": {"en": "Are voters'' fingers checked for ink before they vote, so that no one votes twice?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "INK_APPLIED", "label": {"en": "Is ink applied to each voter''s finger after voting?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "SECRECY_OF_THE_VOTE", "label": {"en": "Can every voter mark the ballot unseen, in a screened booth?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "BALLOT_BOX_SEALED", "label": {"en": "Were the ballot boxes shown empty and sealed, and are the seals intact?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "UNAUTHORISED_PERSONS_PRESENT", "label": {"en": "Are people without a role in the process (campaigners, police, local officials) inside the station?"}, "type": "YES_NO", "required": false, "goodAnswers": ["NO"]}, {"code": "INTIMIDATION_OBSERVED", "label": {"en": "Did the team see voters, officials or observers being intimidated or pressured?"}, "type": "YES_NO", "required": false, "goodAnswers": ["NO"]}, {"code": "ACCESSIBLE_TO_VOTERS_WITH_DISABILITIES", "label": {"en": "Can voters with disabilities reach the station and vote in it?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "PARTY_AGENTS_PRESENT", "label": {"en": "Are agents of the parties or candidates present?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "DOMESTIC_OBSERVERS_PRESENT", "label": {"en": "Are domestic (citizen) observers present?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "COUNTING_PROCEDURES_FOLLOWED", "label": {"en": "Is the count done as the procedures require (ballots shown, reconciled, recorded)?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}, {"code": "RESULTS_POSTED_PUBLICLY", "label": {"en": "Were the station''s results posted where the public can read them?"}, "type": "YES_NO", "required": false, "goodAnswers": ["YES"]}]',
        '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z');

-- Which forms a mission's observers use (besides the standard form, which every mission may use).
create table mission_observation_form (
    mission_id uuid    not null references mission (id),
    position   integer not null,
    form_id    uuid    not null references observation_form (id),
    primary key (mission_id, position)
);
create index mission_observation_form_form_idx on mission_observation_form (form_id);

-- Visits answer a published form version; the answers are by question code. The checklist bits stay, for the
-- standard form only, as the index that the observation statistics read.
alter table station_visit
    add column form_id      uuid,
    add column form_version integer,
    add column answers      jsonb not null default '{}';
update station_visit v set form_id = '0b5e7a00-57d0-4f00-a000-000000000001', form_version = 1,
    answers = coalesce((
        select jsonb_object_agg(q.code, case
            when (v.checklist_yes >> q.bit) & 1 = 1 then 'YES'
            when (v.checklist_no >> q.bit) & 1 = 1 then 'NO'
            else 'NOT_APPLICABLE' end)
        from (values
        ('VOTER_LIST_PRESENT_AND_USED', 0),
        ('IDENTITY_CHECKED', 1),
        ('INK_CHECKED', 2),
        ('INK_APPLIED', 3),
        ('SECRECY_OF_THE_VOTE', 4),
        ('BALLOT_BOX_SEALED', 5),
        ('UNAUTHORISED_PERSONS_PRESENT', 6),
        ('INTIMIDATION_OBSERVED', 7),
        ('ACCESSIBLE_TO_VOTERS_WITH_DISABILITIES', 8),
        ('PARTY_AGENTS_PRESENT', 9),
        ('DOMESTIC_OBSERVERS_PRESENT', 10),
        ('COUNTING_PROCEDURES_FOLLOWED', 11),
        ('RESULTS_POSTED_PUBLICLY', 12)) as q (code, bit)
        where ((v.checklist_yes | v.checklist_no | v.checklist_not_applicable) >> q.bit) & 1 = 1), '{}');
alter table station_visit
    alter column form_id set not null,
    alter column form_version set not null,
    add constraint station_visit_form_fk foreign key (form_id, form_version)
        references observation_form_version (form_id, number);
create index station_visit_form_idx on station_visit (election_id, form_id, form_version);

-- The change feed (see V1_1__change_feed.sql).
create trigger observation_form_changes after insert or update or delete on observation_form
    for each row execute function record_change('observation-form', '/v1/observation-forms/{id}');
create trigger observation_form_version_changes after insert or update or delete on observation_form_version
    for each row execute function record_change('observation-form-version',
        '/v1/observation-forms/{form_id}/versions/{number}');
