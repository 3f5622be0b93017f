-- The change feed: a row per create, update and delete of every resource, written by triggers so that
-- no write path can forget it. Each row carries the id of its transaction: the feed hands out only rows
-- of transactions older than every running one (pg_snapshot_xmin), ordered by (transaction, sequence),
-- so a client that follows it never skips a change, even when transactions commit out of order.

create table change_log (
    sequence      bigserial    primary key,
    txid          xid8         not null default pg_current_xact_id(),
    resource_type varchar(40)  not null,
    resource_id   varchar(80)  not null,
    operation     varchar(10)  not null,
    changed_at    timestamptz  not null default now(),
    link          varchar(400) not null
);
create index change_log_feed_idx on change_log (txid, sequence);

-- record_change(type, link template): the template names columns of the row in braces,
-- e.g. '/v1/missions/{mission_id}/engagements/{id}'.
create function record_change() returns trigger language plpgsql as $$
declare
    changed_row jsonb;
    link        text := TG_ARGV[1];
    column_name text;
begin
    if TG_OP = 'DELETE' then
        changed_row := to_jsonb(OLD);
    else
        changed_row := to_jsonb(NEW);
    end if;
    for column_name in select (regexp_matches(TG_ARGV[1], '\{([a-z_]+)\}', 'g'))[1] loop
        link := replace(link, '{' || column_name || '}', changed_row ->> column_name);
    end loop;
    insert into change_log (resource_type, resource_id, operation, link)
    values (TG_ARGV[0], changed_row ->> 'id',
            case TG_OP when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end, link);
    return null;
end
$$;

create trigger division_changes after insert or update or delete on division
    for each row execute function record_change('division', '/v1/divisions/{id}');
create trigger election_changes after insert or update or delete on election
    for each row execute function record_change('election', '/v1/elections/{id}');
