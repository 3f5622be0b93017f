-- The first page of 50 incidents of the synthetic election in one province, latest first, as an anonymous
-- reader's list asks for it: only missions no longer PLANNED (the API reads one more row to know whether a
-- next page exists).
\set p random(1, :provinces)
select * from incident
where election_id = 'kh-na-2099-07-30' and (division_id = 'KH-' || :p or division_id like 'KH-' || :p || '-%')
  and mission_id in (select m.id from mission m where m.status <> 'PLANNED')
order by occurred_at desc, id desc limit 51;
