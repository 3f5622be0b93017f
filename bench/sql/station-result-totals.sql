-- The official station results of the synthetic election added up by province: what the API runs for sums it has
-- not cached (PanacheStationResultRepository.sums), with the election, its data version, provinces and results table.
select * from election where id = 'kh-na-2099-07-30';
select version from observation_version where election_id = 'kh-na-2099-07-30';
select (case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end),
       grouping((case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end)),
       count(*), coalesce(sum(r.registered_voters), 0), coalesce(sum(coalesce(r.ballots_cast, r.valid_votes + coalesce(r.invalid_votes, 0))), 0),
       coalesce(sum(r.valid_votes), 0), coalesce(sum(r.invalid_votes), 0)
from station_result r where r.election_id = 'kh-na-2099-07-30'
group by grouping sets (((case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end)), ());
select (case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end),
       grouping((case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end)),
       v."participationId", sum(v.votes)
from station_result r cross join lateral jsonb_to_recordset(r.votes) as v ("participationId" uuid, votes bigint)
where r.election_id = 'kh-na-2099-07-30'
group by grouping sets (((case when split_part(r.division_id, '-', 2) <> '' then split_part(r.division_id, '-', 1) || '-' || split_part(r.division_id, '-', 2) end), v."participationId"), (v."participationId"));
select id from division where country_id = 'KH' and level = 'PROVINCE' order by id;
select * from election_result_row where election_id = 'kh-na-2099-07-30' order by position;
select * from election_result_total where election_id = 'kh-na-2099-07-30' order by position;
