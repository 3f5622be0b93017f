-- SYNTHETIC official results for the synthetic election kh-na-2099-07-30 (run after polling-stations.sql): 20
-- SYNTHETIC parties registered for it, the official result of every station (each party's votes a fixed function
-- of the station, adding up to the valid votes) and the national results table, the sum of the stations.
--
--   psql -f bench/data/station-results.sql
\set ON_ERROR_STOP on
begin;

insert into party (id, country_id, name, abbreviation, sources, sort_name, search_text, created_at, updated_at)
select md5('synthetic party ' || p)::uuid, 'KH', jsonb_build_object('en', 'SYNTHETIC party ' || p), 'SYN' || p, '[]',
       'synthetic party ' || lpad(p::text, 2, '0'), 'synthetic party ' || p || ' syn' || p, now(), now()
from generate_series(1, 20) as p
on conflict (id) do nothing;
insert into participation (id, election_id, party_id, status, sources, created_at, updated_at)
select md5('synthetic participation ' || p)::uuid, 'kh-na-2099-07-30', md5('synthetic party ' || p)::uuid, 'REGISTERED',
       '[]', now(), now()
from generate_series(1, 20) as p
on conflict (id) do nothing;

delete from observed_result where election_id = 'kh-na-2099-07-30';
delete from station_result where election_id = 'kh-na-2099-07-30';
delete from election_result_row where election_id = 'kh-na-2099-07-30';
delete from election_result_total where election_id = 'kh-na-2099-07-30';
delete from election_results where id = 'kh-na-2099-07-30';

-- Party p gets (21 - p) shares of a station's valid votes, plus a little per station; the remainder goes to party 1.
insert into station_result (station_id, election_id, division_id, registered_voters, ballots_cast, valid_votes,
                            invalid_votes, votes, created_at, updated_at)
select s.id, s.election_id, s.division_id, s.registered_voters, f.valid + f.invalid, f.valid, f.invalid,
       (select jsonb_agg(jsonb_build_object('participationId', md5('synthetic participation ' || p)::uuid,
                         'votes', case when p = 1 then f.valid - o.others else f.valid * (21 - p) / 230 end)
                         order by md5('synthetic participation ' || p)::uuid)
        from generate_series(1, 20) as p),
       now(), now()
from polling_station s,
     lateral (select (s.registered_voters * (70 + (hashtext(s.id::text) & 15)) / 100) as valid,
                     (s.registered_voters * (1 + (hashtext(s.id::text) & 3)) / 100) as invalid) as f,
     lateral (select sum(f.valid * (21 - q) / 230) as others from generate_series(2, 20) as q) as o
where s.election_id = 'kh-na-2099-07-30';

insert into election_results (id, status, sources, created_at, updated_at)
values ('kh-na-2099-07-30', 'OFFICIAL', '[]', now(), now());
insert into election_result_row (election_id, position, participation_id, party_id, votes)
select 'kh-na-2099-07-30', row_number() over (order by t.participation), t.participation, pa.party_id, t.votes
from (select (v ->> 'participationId')::uuid as participation, sum((v ->> 'votes')::bigint) as votes
      from station_result r cross join lateral jsonb_array_elements(r.votes) v
      where r.election_id = 'kh-na-2099-07-30' group by 1) as t
join participation pa on pa.id = t.participation;
insert into election_result_total (election_id, position, valid_votes, invalid_votes, registered_voters)
select 'kh-na-2099-07-30', 1, sum(valid_votes), sum(invalid_votes), sum(registered_voters)
from station_result where election_id = 'kh-na-2099-07-30';

commit;
analyze station_result;
