-- SYNTHETIC data for scale tests and benchmarks, never demo data. Needs bench/data/missions.sql first.
-- 500 recommendations, 10 per synthetic mission; recommendation n of mission m follows recommendation n of
-- mission m - 1 within series of 5 successive missions (chains of 5); each has 2 assessments.
-- Running it again replaces them. The change-feed triggers record every row.
\set ON_ERROR_STOP on

begin;

delete from assessment where recommendation_id in (select id from recommendation where mission_id in
    (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m));
delete from recommendation where mission_id in (select md5('synthetic mission ' || m)::uuid from generate_series(1, 50) as m);

-- In mission order, so that each recommendation's predecessor exists when it is inserted.
insert into recommendation (id, mission_id, country_id, number, title, text, addressees, addressee_kinds, phase,
                            priority, follows, status, search_text, created_at, updated_at)
select md5('synthetic recommendation ' || m || '/' || n)::uuid, md5('synthetic mission ' || m)::uuid, 'KH', n,
       jsonb_build_object('en', 'SYNTHETIC recommendation ' || n), jsonb_build_object('en', 'Do ' || n || ' better'),
       '[{"kind":"ELECTION_MANAGEMENT_BODY","name":"NEC"}]', '{ELECTION_MANAGEMENT_BODY}',
       (array['LEGAL_FRAMEWORK', 'VOTER_REGISTRATION', 'CAMPAIGN', 'MEDIA', 'POLLING'])[1 + n % 5],
       (array['HIGH', 'MEDIUM', 'LOW'])[1 + n % 3],
       case when m % 5 <> 1 then md5('synthetic recommendation ' || (m - 1) || '/' || n)::uuid end,
       (array['NOT_IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'MOSTLY_IMPLEMENTED', 'FULLY_IMPLEMENTED'])[1 + (m + n) % 4],
       'synthetic recommendation ' || n, now(), now()
from generate_series(1, 50) as m, generate_series(1, 10) as n
order by m, n;

-- The later of the two assessments gives the recommendation's status (set above).
insert into assessment (id, recommendation_id, assessed_on, organization_id, status, evidence, created_at, updated_at)
select md5('synthetic assessment ' || m || '/' || n || '/' || a)::uuid, md5('synthetic recommendation ' || m || '/' || n)::uuid,
       date '2060-01-01' + m * 100 + 50 + a, '00000000-5e7e-4000-8000-000000000001',
       case when a = 2 then (array['NOT_IMPLEMENTED', 'PARTIALLY_IMPLEMENTED', 'MOSTLY_IMPLEMENTED', 'FULLY_IMPLEMENTED'])[1 + (m + n) % 4]
            else 'NOT_IMPLEMENTED' end, '[]', now(), now()
from generate_series(1, 50) as m, generate_series(1, 10) as n, generate_series(1, 2) as a
order by m, n, a;

commit;

analyze recommendation;
analyze assessment;
