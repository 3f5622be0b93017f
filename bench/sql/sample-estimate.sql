-- The estimate of a 2,000-station sample of the synthetic election: what the API runs for each request (nothing of
-- it is cached): the sample, its mission and election (who may read it), the latest observed result at each sample
-- station, the stations per province, the participations and the results table.
select * from sample where id = :sample;
select * from mission where id = '00000000-5e7e-4000-8000-000000000002';
select * from election where id = 'kh-na-2099-07-30';
select distinct on (o.station_id) o.station_id, o.valid_votes, cast(o.votes as text),
       coalesce(o.ballots_cast, o.valid_votes + o.invalid_votes), coalesce(o.registered_voters, s.registered_voters)
from observed_result o join polling_station s on s.id = o.station_id
where o.mission_id = '00000000-5e7e-4000-8000-000000000002' and o.election_id = 'kh-na-2099-07-30'
  and o.station_id in (select cast(x ->> 'stationId' as uuid) from sample p, jsonb_array_elements(p.stations) x where p.id = :sample)
order by o.station_id, o.updated_at desc;
select coalesce((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end), s.division_id), count(*)
from polling_station s where s.election_id = 'kh-na-2099-07-30' group by 1;
select * from participation where election_id = 'kh-na-2099-07-30' order by seq;
select * from election_results where id = 'kh-na-2099-07-30';
select * from election_result_row where election_id = 'kh-na-2099-07-30' order by position;
select * from election_result_total where election_id = 'kh-na-2099-07-30' order by position;
