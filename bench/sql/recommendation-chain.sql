-- A synthetic recommendation's chain: the API's recursive query with the members' rows, then their assessments.
\set m random(1, 50)
\set n random(1, 10)
with recursive earlier (id, follows) as (
    select id, follows from recommendation where id = md5('synthetic recommendation ' || :m || '/' || :n)::uuid
    union
    select r.id, r.follows from recommendation r join earlier e on r.id = e.follows
), later (id) as (
    select id from recommendation where id = md5('synthetic recommendation ' || :m || '/' || :n)::uuid
    union
    select r.id from recommendation r join later l on r.follows = l.id
)
select r.*, m.sort_date as mission_date
from recommendation r join mission m on m.id = r.mission_id
where r.id in (select id from earlier union select id from later)
order by m.sort_date, m.id, r.number;
with recursive earlier (id, follows) as (
    select id, follows from recommendation where id = md5('synthetic recommendation ' || :m || '/' || :n)::uuid
    union
    select r.id, r.follows from recommendation r join earlier e on r.id = e.follows
), later (id) as (
    select id from recommendation where id = md5('synthetic recommendation ' || :m || '/' || :n)::uuid
    union
    select r.id from recommendation r join later l on r.follows = l.id
)
select a.* from assessment a
where a.recommendation_id in (select id from earlier union select id from later)
order by a.recommendation_id, a.assessed_on, a.seq;
