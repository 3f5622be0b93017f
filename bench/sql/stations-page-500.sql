-- The 500th page of 50 stations of the synthetic election: a keyset seek after the last row of page 499
-- (after_number, after_id: set by bench/run.sh with -D).
select * from polling_station
where election_id = 'kh-na-2099-07-30' and (number_sort, id) > (:after_number, cast(:after_id as uuid))
order by number_sort, id limit 51;
