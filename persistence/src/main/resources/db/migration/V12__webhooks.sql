-- Webhooks: subscriptions that push the change feed to partners' receivers.

-- Each change records the election and the mission it belongs to, where its row names them, so that a
-- subscription's filters are applied in SQL. A row that names only its mission takes the mission's election.
-- Changes recorded before this migration name neither. A trigger may pass 'unscoped' as a third argument
-- for rows whose election or mission columns are not theirs to be filed under (a subscription's own filters).
alter table change_log add column election_id varchar(80), add column mission_id uuid;

create or replace function record_change() returns trigger language plpgsql as $$
declare
    changed_row jsonb;
    link        text := TG_ARGV[1];
    column_name text;
    election    text;
    mission     text;
begin
    if TG_OP = 'DELETE' then
        changed_row := to_jsonb(OLD);
    else
        changed_row := to_jsonb(NEW);
    end if;
    for column_name in select (regexp_matches(TG_ARGV[1], '\{([a-z_]+)\}', 'g'))[1] loop
        link := replace(link, '{' || column_name || '}', changed_row ->> column_name);
    end loop;
    if TG_NARGS < 3 or TG_ARGV[2] <> 'unscoped' then
        election := case when TG_ARGV[0] = 'election' then changed_row ->> 'id' else changed_row ->> 'election_id' end;
        mission := case when TG_ARGV[0] = 'mission' then changed_row ->> 'id' else changed_row ->> 'mission_id' end;
        if election is null and mission is not null then
            select m.election_id into election from mission m where m.id = mission::uuid;
        end if;
    end if;
    insert into change_log (resource_type, resource_id, operation, link, election_id, mission_id)
    values (TG_ARGV[0], changed_row ->> 'id',
            case TG_OP when 'INSERT' then 'CREATE' when 'UPDATE' then 'UPDATE' else 'DELETE' end, link,
            election, mission::uuid);
    return null;
end
$$;

-- A subscription: where to send which changes. Its secret signs every delivery (HMAC-SHA256, so it is kept as
-- is, not hashed); during a rotation the previous secret signs too, until previous_secret_expires_at.
create table webhook_subscription (
    id                         uuid          primary key,
    organization_id            uuid          not null references organization (id) on delete cascade,
    url                        varchar(2000) not null,
    description                varchar(500),
    resource_types             varchar(1000),
    operations                 varchar(40),
    election_id                varchar(80),
    mission_id                 uuid,
    status                     varchar(10)   not null,
    paused_reason              varchar(1000),
    paused_at                  timestamptz,
    secret                     varchar(100)  not null,
    previous_secret            varchar(100),
    previous_secret_expires_at timestamptz,
    created_at                 timestamptz   not null,
    updated_at                 timestamptz   not null
);
create index webhook_subscription_organization_idx on webhook_subscription (organization_id, created_at, id);
create index webhook_subscription_list_idx on webhook_subscription (created_at, id);
create trigger webhook_changes after insert or update or delete on webhook_subscription
    for each row execute function record_change('webhook', '/v1/webhooks/{id}', 'unscoped');

-- Where each subscription stands in the change feed: after (after_txid, after_sequence), with the delivery at
-- its head (pending_delivery_id) retried until a receiver takes it. An instance leases a subscription before it
-- delivers for it (lease_owner, lease_until), so that one instance at a time delivers for a subscription; a lease
-- left by an instance that died runs out, and another instance takes over. Not in the change feed: it moves with
-- every delivery.
create table webhook_cursor (
    subscription_id      uuid        primary key references webhook_subscription (id) on delete cascade,
    after_txid           bigint      not null,
    after_sequence       bigint      not null,
    pending_delivery_id  uuid,
    consecutive_failures integer     not null default 0,
    failing_since        timestamptz,
    next_attempt_at      timestamptz not null,
    lease_owner          varchar(100),
    lease_until          timestamptz
);
create index webhook_cursor_due_idx on webhook_cursor (next_attempt_at);

-- Every message sent to a subscription: a change (kind CHANGE, in feed order), a ping or a redelivery of an
-- earlier message (sent once, beside the feed). payload holds the exact bytes that are signed and sent, so
-- that every retry sends the same message under the same webhook-id (message_id).
create table webhook_delivery (
    id              uuid         primary key,
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    message_id      uuid         not null,
    kind            varchar(12)  not null,
    event_type      varchar(80)  not null,
    change_txid     bigint,
    change_sequence bigint,
    resource_type   varchar(40),
    resource_id     varchar(80),
    operation       varchar(10),
    changed_at      timestamptz,
    link            varchar(400),
    payload         text         not null,
    status          varchar(10)  not null,
    attempts        integer      not null default 0,
    created_at      timestamptz  not null,
    finished_at     timestamptz
);
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at desc, id desc);
create index webhook_delivery_resource_idx on webhook_delivery (subscription_id, resource_type, resource_id, created_at desc);
create index webhook_delivery_waiting_idx on webhook_delivery (subscription_id) where status = 'PENDING' and kind <> 'CHANGE';
create index webhook_delivery_finished_idx on webhook_delivery (finished_at) where finished_at is not null;

create table webhook_attempt (
    delivery_id   uuid          not null references webhook_delivery (id) on delete cascade,
    number        integer       not null,
    attempted_at  timestamptz   not null,
    status_code   integer,
    latency_ms    integer       not null,
    error         varchar(500),
    response_body varchar(1100),
    primary key (delivery_id, number)
);
