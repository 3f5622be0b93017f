-- SYNTHETIC observed results for a sample of the synthetic election (run after station-results.sql, once the
-- sample is drawn): at every station of the sample, a COUNTING visit of the synthetic mission and the sheet its
-- observers copied — the official figures, except at every 25th station, where 10 votes moved from the first party
-- to the second: the discrepancies the comparison must find, and nothing else.
--
--   psql -v sample=<sample id> -f bench/data/observed-results.sql
\set ON_ERROR_STOP on
begin;

insert into station_visit (id, mission_id, station_id, election_id, observers, visited_on, phase, form_id, form_version,
                           answers, created_at, updated_at)
select md5('synthetic counting visit ' || x.station)::uuid, '00000000-5e7e-4000-8000-000000000002', x.station::uuid,
       'kh-na-2099-07-30', '["SYNTHETIC observer"]', '2099-07-30', 'COUNTING', '00000000-5e7e-4000-8000-000000000003', 1,
       '{"STATION_OPENED": "YES"}', now(), now()
from (select x ->> 'stationId' as station from sample p, jsonb_array_elements(p.stations) x where p.id = :'sample') as x
on conflict (id) do nothing;

insert into observed_result (id, mission_id, visit_id, station_id, election_id, division_id, registered_voters,
                             ballots_cast, valid_votes, invalid_votes, votes, posted_publicly, evidence, created_at,
                             updated_at)
select md5('synthetic observed result ' || r.station_id)::uuid, '00000000-5e7e-4000-8000-000000000002',
       md5('synthetic counting visit ' || r.station_id)::uuid, r.station_id, r.election_id, r.division_id,
       r.registered_voters, r.ballots_cast, r.valid_votes, r.invalid_votes,
       case when x.n % 25 = 0 then (select jsonb_agg(case v.i
                                        when 1 then jsonb_set(v.e, '{votes}', to_jsonb((v.e ->> 'votes')::bigint - 10))
                                        when 2 then jsonb_set(v.e, '{votes}', to_jsonb((v.e ->> 'votes')::bigint + 10))
                                        else v.e end order by v.i)
                                    from jsonb_array_elements(r.votes) with ordinality as v (e, i))
            else r.votes end,
       true, 'SYNTHETIC photo', now(), now()
from (select (x ->> 'stationId')::uuid as station, row_number() over () as n
      from sample p, jsonb_array_elements(p.stations) x where p.id = :'sample') as x
join station_result r on r.station_id = x.station
on conflict (id) do nothing;

commit;
analyze observed_result;
