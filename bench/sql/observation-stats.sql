-- Election observation statistics by province: what the API runs for a tally it has not cached
-- (PanacheObservationStatsRepository.tallySql at PROVINCE level), then the election and its provinces.
select * from election where id = 'kh-na-2099-07-30';
select version from observation_version where election_id = 'kh-na-2099-07-30';
with visited as (
    select v.station_id,
           count(*) as visits,
           count(*) filter (where v.assessment = 'VERY_GOOD') as very_good,
           count(*) filter (where v.assessment = 'GOOD') as good,
           count(*) filter (where v.assessment = 'BAD') as bad,
           count(*) filter (where v.assessment = 'VERY_BAD') as very_bad,
           count(*) filter (where v.assessment is null) as not_assessed,
           sum((v.checklist_yes >> 0) & 1) as yes_0, sum((v.checklist_no >> 0) & 1) as no_0,
           sum((v.checklist_yes >> 1) & 1) as yes_1, sum((v.checklist_no >> 1) & 1) as no_1,
           sum((v.checklist_yes >> 2) & 1) as yes_2, sum((v.checklist_no >> 2) & 1) as no_2,
           sum((v.checklist_yes >> 3) & 1) as yes_3, sum((v.checklist_no >> 3) & 1) as no_3,
           sum((v.checklist_yes >> 4) & 1) as yes_4, sum((v.checklist_no >> 4) & 1) as no_4,
           sum((v.checklist_yes >> 5) & 1) as yes_5, sum((v.checklist_no >> 5) & 1) as no_5,
           sum((v.checklist_yes >> 6) & 1) as yes_6, sum((v.checklist_no >> 6) & 1) as no_6,
           sum((v.checklist_yes >> 7) & 1) as yes_7, sum((v.checklist_no >> 7) & 1) as no_7,
           sum((v.checklist_yes >> 8) & 1) as yes_8, sum((v.checklist_no >> 8) & 1) as no_8,
           sum((v.checklist_yes >> 9) & 1) as yes_9, sum((v.checklist_no >> 9) & 1) as no_9,
           sum((v.checklist_yes >> 10) & 1) as yes_10, sum((v.checklist_no >> 10) & 1) as no_10,
           sum((v.checklist_yes >> 11) & 1) as yes_11, sum((v.checklist_no >> 11) & 1) as no_11,
           sum((v.checklist_yes >> 12) & 1) as yes_12, sum((v.checklist_no >> 12) & 1) as no_12
    from station_visit v
    where v.election_id = 'kh-na-2099-07-30'
    group by v.station_id
)
select (case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end) as division_id, grouping((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)) as is_total,
       count(*) as stations, count(vi.station_id) as visited, coalesce(sum(vi.visits), 0), coalesce(sum(vi.very_good), 0), coalesce(sum(vi.good), 0), coalesce(sum(vi.bad), 0), coalesce(sum(vi.very_bad), 0), coalesce(sum(vi.not_assessed), 0), coalesce(sum(vi.yes_0), 0), coalesce(sum(vi.no_0), 0), coalesce(sum(vi.yes_1), 0), coalesce(sum(vi.no_1), 0), coalesce(sum(vi.yes_2), 0), coalesce(sum(vi.no_2), 0), coalesce(sum(vi.yes_3), 0), coalesce(sum(vi.no_3), 0), coalesce(sum(vi.yes_4), 0), coalesce(sum(vi.no_4), 0), coalesce(sum(vi.yes_5), 0), coalesce(sum(vi.no_5), 0), coalesce(sum(vi.yes_6), 0), coalesce(sum(vi.no_6), 0), coalesce(sum(vi.yes_7), 0), coalesce(sum(vi.no_7), 0), coalesce(sum(vi.yes_8), 0), coalesce(sum(vi.no_8), 0), coalesce(sum(vi.yes_9), 0), coalesce(sum(vi.no_9), 0), coalesce(sum(vi.yes_10), 0), coalesce(sum(vi.no_10), 0), coalesce(sum(vi.yes_11), 0), coalesce(sum(vi.no_11), 0), coalesce(sum(vi.yes_12), 0), coalesce(sum(vi.no_12), 0)
from polling_station s left join visited vi on vi.station_id = s.id
where s.election_id = 'kh-na-2099-07-30'
group by grouping sets (((case when split_part(s.division_id, '-', 2) <> '' then split_part(s.division_id, '-', 1) || '-' || split_part(s.division_id, '-', 2) end)), ());
select id from division where country_id = 'KH' and level = 'PROVINCE' order by id;
