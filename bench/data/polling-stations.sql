-- SYNTHETIC data for scale tests and benchmarks, never demo data: a national election (kh-na-2099-07-30)
-- with `stations` polling stations in 5-station centres spread over the first `provinces` provinces of
-- Cambodia (KH-1 … KH-25, which the reference data must hold), and `visits` station visits and `incidents`
-- SYNTHETIC incident reports (each with its history's first step) of one synthetic mission
-- (00000000-5e7e-4000-8000-000000000002, of the synthetic organisation …0001). Every visit answers version 1
-- of the SYNTHETIC observation form …0003 (8 questions of every type, one of them conditional), which the
-- mission declares.
--
--   psql -v stations=25000 -v provinces=25 -v visits=100000 -v incidents=10000 -f bench/data/polling-stations.sql
--
-- Running it again replaces the election's centres, stations, visits and incidents (the election and the
-- mission are kept, so other synthetic data may refer to them). The change-feed triggers record every row.
\set ON_ERROR_STOP on
\if :{?stations}
\else
\set stations 25000
\endif
\if :{?provinces}
\else
\set provinces 25
\endif
\if :{?visits}
\else
\set visits 100000
\endif
\if :{?incidents}
\else
\set incidents 10000
\endif

begin;

insert into organization (id, name, abbreviation, classification, country_id, sort_name, search_text, created_at, updated_at)
values ('00000000-5e7e-4000-8000-000000000001', '{"en":"SYNTHETIC benchmark observers"}', 'SYN', 'OBSERVER_GROUP', 'KH',
        'synthetic benchmark observers', 'synthetic benchmark observers syn', now(), now())
on conflict (id) do nothing;

insert into election (id, country_id, type, name, polling_date, time_zone, polls_open, polls_close, seats,
                      search_text, created_at, updated_at)
values ('kh-na-2099-07-30', 'KH', 'NATIONAL_ASSEMBLY', '{"en":"SYNTHETIC National Assembly election 2099"}',
        '2099-07-30', 'Asia/Phnom_Penh', '07:00', '15:00', 125, 'synthetic national assembly election 2099', now(), now())
on conflict (id) do nothing;

insert into mission (id, organization_id, election_id, country_id, title, start_date, end_date, sort_date, status,
                     search_text, created_at, updated_at)
values ('00000000-5e7e-4000-8000-000000000002', '00000000-5e7e-4000-8000-000000000001', 'kh-na-2099-07-30', 'KH',
        '{"en":"SYNTHETIC election-day observation 2099"}', '2099-07-20', '2099-08-05', '2099-07-20', 'ACTIVE',
        'synthetic election-day observation 2099', now(), now())
on conflict (id) do nothing;

-- The SYNTHETIC form: a yes/no question, a multiple choice shown only when it is NO, a single choice, two
-- whole numbers, a decimal, a time and a text, as a mission would ask them on election day.
insert into observation_form (id, organization_id, code, title, description, phases, search_text, created_at, updated_at)
values ('00000000-5e7e-4000-8000-000000000003', '00000000-5e7e-4000-8000-000000000001', 'synthetic_election_day',
        '{"en":"SYNTHETIC election-day checklist"}', null, '["OPENING", "VOTING", "CLOSING", "COUNTING"]',
        'synthetic_election_day synthetic election-day checklist', now(), now())
on conflict (id) do nothing;
insert into observation_form_version (form_id, number, status, sections, questions, published_at, created_at, updated_at)
values ('00000000-5e7e-4000-8000-000000000003', 1, 'PUBLISHED', '[]', '[
  {"code": "STATION_OPENED", "label": {"en": "Did the station open on time?"}, "type": "YES_NO", "required": true, "goodAnswers": ["YES"]},
  {"code": "DELAY_REASONS", "label": {"en": "Why not?"}, "type": "MULTIPLE_CHOICE", "required": true,
   "options": [{"code": "MATERIALS_MISSING", "label": {"en": "Materials missing"}}, {"code": "STAFF_ABSENT", "label": {"en": "Staff absent"}},
               {"code": "ACCESS_BLOCKED", "label": {"en": "Access blocked"}}],
   "showIf": {"question": "STATION_OPENED", "anyOf": ["NO"]}},
  {"code": "PROBLEMS", "label": {"en": "Problems seen"}, "type": "SINGLE_CHOICE", "required": false,
   "options": [{"code": "NONE", "label": {"en": "None"}}, {"code": "MINOR", "label": {"en": "Minor"}}, {"code": "SERIOUS", "label": {"en": "Serious"}}],
   "goodAnswers": ["NONE"]},
  {"code": "VOTERS_WAITING", "label": {"en": "Voters waiting"}, "type": "INTEGER", "required": false, "min": 0, "max": 2000},
  {"code": "BALLOTS_RECEIVED", "label": {"en": "Ballots received"}, "type": "INTEGER", "required": false, "min": 0},
  {"code": "QUEUE_MINUTES", "label": {"en": "Minutes in the queue"}, "type": "DECIMAL", "required": false, "min": 0},
  {"code": "OPENED_AT", "label": {"en": "Opened at"}, "type": "TIME", "required": false},
  {"code": "REMARKS", "label": {"en": "Remarks"}, "type": "TEXT", "required": false, "maxLength": 500}]',
        now(), now(), now())
on conflict (form_id, number) do nothing;
insert into mission_observation_form (mission_id, position, form_id)
values ('00000000-5e7e-4000-8000-000000000002', 0, '00000000-5e7e-4000-8000-000000000003')
on conflict (mission_id, position) do nothing;

delete from incident where election_id = 'kh-na-2099-07-30';
delete from observed_result where election_id = 'kh-na-2099-07-30';
delete from station_result where election_id = 'kh-na-2099-07-30';
delete from sample where election_id = 'kh-na-2099-07-30';
delete from station_visit where election_id = 'kh-na-2099-07-30';
delete from polling_station where election_id = 'kh-na-2099-07-30';
delete from polling_centre where election_id = 'kh-na-2099-07-30';

-- Centre c (1-based) lies in province KH-(1 + c mod provinces); station s in centre 1 + (s - 1) / 5.
insert into polling_centre (id, election_id, division_id, name, address, latitude, longitude, sources, sort_name,
                            search_text, created_at, updated_at)
select md5('synthetic centre ' || c)::uuid, 'kh-na-2099-07-30', 'KH-' || (1 + c % :provinces),
       jsonb_build_object('en', 'SYNTHETIC centre ' || c), 'Village ' || c, 11 + (c % 300) / 100.0, 104 + (c % 250) / 100.0,
       '[]', 'synthetic centre ' || lpad(c::text, 7, '0'), 'synthetic centre ' || c || ' village ' || c, now(), now()
from generate_series(1, (:stations + 4) / 5) as c;

insert into polling_station (id, election_id, centre_id, division_id, number, number_sort, registered_voters,
                             latitude, longitude, sources, created_at, updated_at)
select md5('synthetic station ' || s)::uuid, 'kh-na-2099-07-30', md5('synthetic centre ' || c)::uuid,
       'KH-' || (1 + c % :provinces), s::text, lpad(s::text, 20, '0'), 300 + s % 700,
       11 + (c % 300) / 100.0, 104 + (c % 250) / 100.0, '[]', now(), now()
from generate_series(1, :stations) as s, lateral (select 1 + (s - 1) / 5 as c) as centre;

-- Visit v goes to station 1 + (v * 7919) mod stations: spread over every station, several per station. It answers
-- the SYNTHETIC form: every fifth station opened late (with two of three reasons), every tenth has a remark.
insert into station_visit (id, mission_id, station_id, election_id, observers, visited_on, arrived_at, departed_at,
                           phase, form_id, form_version, answers, assessment, created_at, updated_at)
select md5('synthetic visit ' || v)::uuid, '00000000-5e7e-4000-8000-000000000002',
       md5('synthetic station ' || (1 + (v::bigint * 7919) % :stations))::uuid, 'kh-na-2099-07-30',
       jsonb_build_array('Observer ' || (v % 400)), '2099-07-30',
       timestamptz '2099-07-30 00:00:00+00' + (v % 480) * interval '1 minute',
       timestamptz '2099-07-30 00:30:00+00' + (v % 480) * interval '1 minute',
       (array['OPENING', 'VOTING', 'CLOSING', 'COUNTING'])[1 + v % 4],
       '00000000-5e7e-4000-8000-000000000003', 1,
       jsonb_strip_nulls(jsonb_build_object(
           'STATION_OPENED', case when v % 5 = 0 then 'NO' else 'YES' end,
           'DELAY_REASONS', case when v % 5 = 0 then (jsonb_build_array('MATERIALS_MISSING', 'STAFF_ABSENT', 'ACCESS_BLOCKED')
                                                      - ((v / 5) % 3)) end,
           'PROBLEMS', (array['NONE', 'MINOR', 'SERIOUS'])[1 + (v / 3) % 3],
           'VOTERS_WAITING', v % 300,
           'BALLOTS_RECEIVED', 400 + v % 200,
           'QUEUE_MINUTES', (v % 90) + 0.5,
           'OPENED_AT', '07:' || lpad((v % 60)::text, 2, '0'),
           'REMARKS', case when v % 10 = 0 then 'SYNTHETIC remark ' || v end)),
       (array['VERY_GOOD', 'GOOD', 'BAD', 'VERY_BAD'])[1 + (v / 4) % 4], now(), now()
from generate_series(1, :visits) as v;

-- Incident i happens at station 1 + (i * 104729) mod stations, in its division, during polling day; every
-- category, severity and status in turn. Every description says SYNTHETIC: the source report has no incidents.
insert into incident (id, mission_id, election_id, station_id, division_id, latitude, longitude, occurred_at, category,
                      severity, description, involved, sources, status, search_text, created_at, updated_at)
select md5('synthetic incident ' || i)::uuid, '00000000-5e7e-4000-8000-000000000002', 'kh-na-2099-07-30', s.id,
       s.division_id, s.latitude, s.longitude, timestamptz '2099-07-30 00:00:00+00' + (i % 600) * interval '1 minute',
       (array['VIOLENCE', 'INTIMIDATION', 'VOTE_BUYING', 'BALLOT_STUFFING_OR_MULTIPLE_VOTING', 'PROCEDURAL_IRREGULARITY',
              'VOTERS_TURNED_AWAY', 'OBSERVERS_DENIED_ACCESS', 'CAMPAIGN_VIOLATION', 'MISUSE_OF_STATE_RESOURCES',
              'MEDIA_RESTRICTION', 'OTHER'])[1 + i % 11],
       (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + (i / 11) % 4],
       jsonb_build_object('en', 'SYNTHETIC incident ' || i), null, '[]',
       (array['REPORTED', 'UNDER_REVIEW', 'VERIFIED', 'DISMISSED', 'RESOLVED'])[1 + (i / 44) % 5],
       'synthetic incident ' || i, now(), now()
from generate_series(1, :incidents) as i
join polling_station s on s.id = md5('synthetic station ' || (1 + (i::bigint * 104729) % :stations))::uuid;

insert into incident_status_change (id, incident_id, from_status, to_status, changed_at)
select md5('synthetic incident report ' || i)::uuid, md5('synthetic incident ' || i)::uuid, null, 'REPORTED', now()
from generate_series(1, :incidents) as i;

commit;

analyze incident;
analyze incident_status_change;
analyze polling_centre;
analyze polling_station;
analyze station_visit;
