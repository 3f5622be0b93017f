-- The first page of 50 stations of the synthetic election.
select * from polling_station where election_id = 'kh-na-2099-07-30' order by number_sort, id limit 51;
