-- SYNTHETIC data for scale tests and benchmarks, never demo data. Needs the reference data's provinces
-- KH-1 … KH-25: 1,000 registry snapshots, 40 half-yearly ones of each province, all with the citation
-- 'SYNTHETIC registry for benchmarks'. Running it again replaces them. The change-feed triggers record every row.
\set ON_ERROR_STOP on

begin;

delete from registry_snapshot where source_citation = 'SYNTHETIC registry for benchmarks';

insert into registry_snapshot (id, division_id, country_id, reference_date, population, voting_age_population,
                               registered_voters, source_citation, created_at, updated_at)
select md5('synthetic snapshot ' || p || '/' || k)::uuid, 'KH-' || p, 'KH', date '2000-01-01' + k * interval '6 months',
       500000 + p * 10000 + k * 1000, 300000 + p * 6000 + k * 700, 250000 + p * 5000 + k * 600 + (k % 7) * 900,
       'SYNTHETIC registry for benchmarks', now(), now()
from generate_series(1, 25) as p, generate_series(1, 40) as k;

commit;

analyze registry_snapshot;
