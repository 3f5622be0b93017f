-- A polling station by id (ids spread over every synthetic station, as in the wrk script).
\set s random(1, :stations)
select * from polling_station where id = md5('synthetic station ' || :s)::uuid;
