-- A page of 100 changes after one of the cursors of the wrk script (bench_cursor, made by bench/run.sh):
-- the cursor's position is looked up first, which the API does not need to do.
\set k random(1, :cursors)
select txid::text as after_txid, sequence as after_sequence from bench_cursor where n = :k \gset
select txid::text as transaction_id, sequence, resource_type, resource_id, operation, changed_at, link
from change_log
where (txid, sequence) > (cast(:after_txid as xid8), :after_sequence)
  and txid < pg_snapshot_xmin(pg_current_snapshot())
order by txid, sequence
limit 101;
