-- A province's registry trend: the first page (50) of its snapshots, oldest first.
\set p random(1, :provinces)
select * from registry_snapshot where division_id = 'KH-' || :p order by reference_date, id limit 51;
