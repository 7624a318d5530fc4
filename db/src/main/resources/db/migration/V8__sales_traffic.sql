-- Sales and traffic from the Selling Partner API (GET_SALES_AND_TRAFFIC_REPORT, one report per marketplace
-- and day, because its per-SKU section carries no date).

-- One row per org, marketplace, day and SKU. marketplace_id is '' for rows written before marketplaces were
-- recorded (the org's only SP-API marketplace); inserts that name only the version 1 columns keep working, and
-- every new column is nullable or defaulted.
alter table amazon_sales_traffic add column marketplace_id text not null default '';
alter table amazon_sales_traffic add column parent_asin text;
alter table amazon_sales_traffic add column currency_code text;
alter table amazon_sales_traffic add column total_order_items bigint;
alter table amazon_sales_traffic add column page_views bigint;
alter table amazon_sales_traffic add column buy_box_percentage numeric;
alter table amazon_sales_traffic add column unit_session_percentage numeric;
alter table amazon_sales_traffic add column extra jsonb;
alter table amazon_sales_traffic add column created_at timestamptz not null default now();
alter table amazon_sales_traffic add column updated_at timestamptz not null default now();
alter table amazon_sales_traffic drop constraint amazon_sales_traffic_pkey;
alter table amazon_sales_traffic add constraint amazon_sales_traffic_pkey
    primary key (org_id, marketplace_id, date, sku);

-- The marketplace's day totals (salesAndTrafficByDate): the whole shop, also SKUs without a product row.
create table amazon_sales_traffic_daily (
    org_id                  bigint not null references organizations (id),
    marketplace_id          text not null,
    date                    date not null,
    revenue                 numeric,
    currency_code           text,
    units                   bigint,
    total_order_items       bigint,
    sessions                bigint,
    page_views              bigint,
    unit_session_percentage numeric,
    extra                   jsonb,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    primary key (org_id, marketplace_id, date)
);

-- Sales and Traffic reports asked of Amazon and not yet loaded (and, for a while, those that were).
-- amazon_status: IN_QUEUE, IN_PROGRESS, DONE, CANCELLED, FATAL. load_started_at: rows of the day older than it
-- were not in the report, and its completion deletes them (as for the ads).
create table sales_pending_reports (
    id                 bigserial primary key,
    org_id             bigint not null references organizations (id),
    marketplace_id     text not null,
    date               date not null,
    report_id          text not null unique,
    status             text not null default 'pending' check (status in ('pending', 'completed', 'failed')),
    amazon_status      text,
    report_document_id text,
    origin             text not null default 'request',
    job_instance_id    bigint,
    attempts           integer not null default 0,
    failure_reason     text,
    rows_loaded        bigint not null default 0,
    load_started_at    timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- At most one report of a day on its way: a second request of the day waits for the first.
create unique index sales_pending_reports_one_pending_per_day on sales_pending_reports (org_id, marketplace_id, date)
    where status = 'pending';

-- Which days are loaded, per marketplace: every day a finished report covered (rows 0: Amazon had no data, the
-- report was CANCELLED or held no SKU). age_days: how old the day was, in the marketplace's time zone, when it
-- was loaded (sessions arrive for about three days).
create table sales_coverage (
    org_id         bigint not null references organizations (id),
    marketplace_id text not null,
    date           date not null,
    report_id      text,
    rows           bigint not null default 0,
    loaded_at      timestamptz not null default now(),
    age_days       integer not null,
    primary key (org_id, marketplace_id, date)
);

-- createReport's quota (one a minute, a burst of 15, per seller and application) as a token bucket per org, so
-- every run and every instance paces against the same count instead of sleeping on a thread.
create table sales_request_quota (
    org_id      bigint primary key references organizations (id),
    tokens      double precision not null,
    refilled_at timestamptz not null default now()
);
