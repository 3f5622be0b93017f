-- A synthetic mission and the first page of its engagements (40).
\set m random(1, 50)
select * from mission where id = md5('synthetic mission ' || :m)::uuid;
select * from engagement where mission_id = md5('synthetic mission ' || :m)::uuid order by start_date, seq, id limit 51;
