-- Problems the operator is told about: a run that failed or ended partial, a report that failed,
-- credentials Amazon refuses, data that is late; and test alerts from the console. One row per problem
-- from the moment it is seen (opened_at) until it clears (closed_at); while it is open no second row
-- of the same org, kind and key can exist, so a problem seen at every check alerts once.
--
-- delivered_at / delivery_error: the outcome of the latest message sent about the problem (the alert,
-- then its "recovered"): when every configured channel took it, or why one did not after its retries.
-- Both null: no channel is configured, or the delivery is still on its way.
create table alert_events (
    id             bigserial primary key,
    org_id         bigint not null references organizations (id),
    kind           text not null
                   check (kind in ('run_failed', 'report_failed', 'credentials_refused', 'data_stale', 'test')),
    key            text not null,
    message        text not null,
    opened_at      timestamptz not null default now(),
    closed_at      timestamptz,
    delivered_at   timestamptz,
    delivery_error text
);

create unique index alert_events_one_open_problem on alert_events (org_id, kind, key) where closed_at is null;
create index alert_events_by_org on alert_events (org_id, opened_at desc);
