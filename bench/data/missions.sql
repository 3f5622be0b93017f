-- SYNTHETIC data for scale tests and benchmarks, never demo data. Needs bench/data/polling-stations.sql first
-- (its synthetic organisation and election kh-na-2099-07-30): 50 missions (ids md5('synthetic mission ' || m)),
-- each with 40 engagements and 20 findings. Running it again replaces them (and bench/data/recommendations.sql's
-- recommendations, which refer to them). The change-feed triggers record every row.
\set ON_ERROR_STOP on

begin;

delete from assessment where recommendation_id in (select id from recommendation where mission_id in
    (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m));
delete from recommendation where mission_id in (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m);
delete from finding where mission_id in (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m);
delete from engagement where mission_id in (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m);
delete from mission where id in (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m);

insert into mission (id, organization_id, election_id, country_id, title, start_date, end_date, sort_date, objectives,
                     status, team_members, search_text, created_at, updated_at)
select md5('synthetic mission ' || m)::uuid, '00000000-5e7e-4000-8000-000000000001', 'kh-na-2099-07-30', 'KH',
       jsonb_build_object('en', 'SYNTHETIC mission ' || m), date '2060-01-01' + m * 100, date '2060-01-01' + m * 100 + 30,
       date '2060-01-01' + m * 100, '[{"en":"Observe"}]', 'REPORTED', '[]', 'synthetic mission ' || m, now(), now()
from generate_series(1, 50) as m;

insert into engagement (id, mission_id, kind, start_date, division_id, place, people_met, summary, created_at, updated_at)
select md5('synthetic engagement ' || m || '/' || e)::uuid, md5('synthetic mission ' || m)::uuid,
       (array['MEETING', 'INTERVIEW', 'BRIEFING', 'HEARING', 'CAMPAIGN_OBSERVATION'])[1 + e % 5],
       date '2060-01-01' + m * 100 + e / 2, 'KH-' || (1 + e % 25), 'Office ' || e, '[]',
       jsonb_build_object('en', 'SYNTHETIC engagement ' || e || ' of mission ' || m), now(), now()
from generate_series(1, 50) as m, generate_series(1, 40) as e;

insert into finding (id, mission_id, kind, phase, text, evidence, created_at, updated_at)
select md5('synthetic finding ' || m || '/' || f)::uuid, md5('synthetic mission ' || m)::uuid,
       (array['POSITIVE', 'CHALLENGE', 'COMMENT'])[1 + f % 3],
       (array['LEGAL_FRAMEWORK', 'VOTER_REGISTRATION', 'CAMPAIGN', 'MEDIA', 'POLLING', 'COUNTING', 'RESULTS'])[1 + f % 7],
       jsonb_build_object('en', 'SYNTHETIC finding ' || f || ' of mission ' || m), '[]', now(), now()
from generate_series(1, 50) as m, generate_series(1, 20) as f;

commit;

analyze mission;
analyze engagement;
analyze finding;
