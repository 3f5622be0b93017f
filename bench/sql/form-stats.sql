-- Answers to the SYNTHETIC form by province: what the API runs for a tally it has not cached
-- (PanacheObservationStatsRepository.formTally at PROVINCE level), after the form's version and the election's data version.
select * from observation_form where id = '00000000-5e7e-4000-8000-000000000003';
select * from observation_form_version where form_id = '00000000-5e7e-4000-8000-000000000003' and number = 1;
select version from observation_version where election_id = 'kh-na-2099-07-30';
select (case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end),
       grouping((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)),
       count(*)
from station_visit v join polling_station s on s.id = v.station_id
where v.election_id = 'kh-na-2099-07-30' and v.form_id = '00000000-5e7e-4000-8000-000000000003' and v.form_version = 1
group by grouping sets (((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)), ());
select (case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end),
       grouping((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)),
       a.key, count(*), sum(n.value), min(n.value), max(n.value)
from station_visit v join polling_station s on s.id = v.station_id
cross join lateral jsonb_each(v.answers) a
cross join lateral (select case when jsonb_typeof(a.value) = 'number' then (a.value)::numeric end as value) n
where v.election_id = 'kh-na-2099-07-30' and v.form_id = '00000000-5e7e-4000-8000-000000000003' and v.form_version = 1
group by grouping sets (((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end), a.key), (a.key));
select (case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end),
       grouping((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)),
       a.key, o.code, count(*)
from station_visit v join polling_station s on s.id = v.station_id
cross join lateral jsonb_each(v.answers) a
cross join lateral jsonb_array_elements_text(case when jsonb_typeof(a.value) = 'array' then a.value else jsonb_build_array(a.value) end) o (code)
where v.election_id = 'kh-na-2099-07-30' and v.form_id = '00000000-5e7e-4000-8000-000000000003' and v.form_version = 1
  and a.key in ('STATION_OPENED', 'DELAY_REASONS', 'PROBLEMS')
group by grouping sets (((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end), a.key, o.code), (a.key, o.code));
select id from division where country_id = 'KH' and level = 'PROVINCE' order by id;
