-- An election's observation version is raised once per transaction, not once per statement. A bulk import
-- inserts its stations one statement at a time; updating the same row thousands of times in one
-- transaction leaves a chain of row versions that no one can prune until it ends, and every further update
-- walks it: the import slowed down quadratically. Once per transaction is enough: other transactions see
-- all of its writes at once, at commit, together with the one raised version.
alter table observation_version add column raised_in xid8;

create or replace function bump_observation_version(election text) returns void language sql as $$
    insert into observation_version (election_id, version, raised_in) values (election, 1, pg_current_xact_id())
    on conflict (election_id) do update set version = observation_version.version + 1, raised_in = pg_current_xact_id()
        where observation_version.raised_in is distinct from pg_current_xact_id();
$$;
