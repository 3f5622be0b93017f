-- The first page of 50 stations of the synthetic election in one province (the API reads one more row
-- to know whether a next page exists).
\set p random(1, :provinces)
select * from polling_station
where election_id = 'kh-na-2099-07-30' and (division_id = 'KH-' || :p or division_id like 'KH-' || :p || '-%')
order by number_sort, id limit 51;
