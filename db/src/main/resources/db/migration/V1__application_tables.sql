-- Application tables. Spring Batch's BATCH_* tables come from spring-batch-core's own script
-- (see batch-jobs: db.migration.V2__spring_batch_schema).

create table organizations (
    id         bigserial primary key,
    name       text not null,
    created_at timestamptz not null default now()
);

insert into organizations (id, name) values (1, 'Default organization');
select setval(pg_get_serial_sequence('organizations', 'id'), 1);

-- value: AES-256-GCM ciphertext (base64 of 12-byte IV || ciphertext+tag) of one settings object's JSON
create table settings (
    id         bigserial primary key,
    org_id     bigint not null references organizations (id),
    key        text not null,
    value      text not null,
    updated_at timestamptz not null default now(),
    unique (org_id, key)
);

-- One row per org, day and campaign of the spCampaigns report. The report columns between
-- campaign_id and extra are exactly io.adsync.report.ColumnRegistry (a test holds them equal).
create table amazon_sp_ads (
    id          bigserial primary key,
    org_id      bigint not null references organizations (id),
    profile_id  bigint,
    date        date not null,
    campaign_id bigint not null,
    campaign_name text,
    campaign_status text,
    campaign_budget_amount numeric,
    campaign_budget_type text,
    campaign_budget_currency_code text,
    campaign_rule_based_budget_amount numeric,
    campaign_applicable_budget_rule_id text,
    campaign_applicable_budget_rule_name text,
    campaign_bidding_strategy text,
    impressions bigint,
    clicks bigint,
    cost numeric,
    spend numeric,
    cost_per_click numeric,
    click_through_rate numeric,
    top_of_search_impression_share numeric,
    add_to_list bigint,
    qualified_borrows bigint,
    royalty_qualified_borrows bigint,
    kindle_edition_normalized_pages_read_14d bigint,
    kindle_edition_normalized_pages_royalties_14d numeric,
    sales_1d numeric,
    purchases_1d bigint,
    units_sold_clicks_1d bigint,
    attributed_sales_same_sku_1d numeric,
    purchases_same_sku_1d bigint,
    units_sold_same_sku_1d bigint,
    sales_7d numeric,
    purchases_7d bigint,
    units_sold_clicks_7d bigint,
    attributed_sales_same_sku_7d numeric,
    purchases_same_sku_7d bigint,
    units_sold_same_sku_7d bigint,
    sales_14d numeric,
    purchases_14d bigint,
    units_sold_clicks_14d bigint,
    attributed_sales_same_sku_14d numeric,
    purchases_same_sku_14d bigint,
    units_sold_same_sku_14d bigint,
    sales_30d numeric,
    purchases_30d bigint,
    units_sold_clicks_30d bigint,
    attributed_sales_same_sku_30d numeric,
    purchases_same_sku_30d bigint,
    units_sold_same_sku_30d bigint,
    -- ACOS = cost / sales, ROAS = sales / cost; null when the divisor is 0 or unknown
    acos_clicks_7d  numeric generated always as (cost / nullif(sales_7d, 0)) stored,
    acos_clicks_14d numeric generated always as (cost / nullif(sales_14d, 0)) stored,
    roas_clicks_7d  numeric generated always as (sales_7d / nullif(cost, 0)) stored,
    roas_clicks_14d numeric generated always as (sales_14d / nullif(cost, 0)) stored,
    -- any key of a report row that has no column: nothing Amazon returns is dropped
    extra       jsonb,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint amazon_sp_ads_upsert_key unique (org_id, date, campaign_id)
);

-- Reports requested from Amazon and not yet loaded. status: pending | completed | failed.
-- amazon_status is the last status Amazon gave (PENDING, PROCESSING, COMPLETED, FAILED);
-- origin says which job requested it (request, backfill, sync) and job_instance_id which run
-- (stable across restarts); requeue marks a timed-out report whose dates the next request run
-- asks for again.
create table amazon_ads_pending_reports (
    id               bigserial primary key,
    org_id           bigint not null references organizations (id),
    profile_id       bigint not null,
    report_id        text not null unique,
    start_date       date not null,
    end_date         date not null,
    status           text not null default 'pending'
                     check (status in ('pending', 'completed', 'failed')),
    amazon_status    text,
    origin           text not null default 'request',
    job_instance_id  bigint,
    requeue          boolean not null default false,
    attempts         integer not null default 0,
    failure_reason   text,
    rows_loaded      bigint not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

create index amazon_ads_pending_reports_org_status on amazon_ads_pending_reports (org_id, status);

create table sync_logs (
    id          bigserial primary key,
    org_id      bigint not null references organizations (id),
    source      text not null,
    job_name    text not null,
    status      text not null check (status in ('success', 'partial', 'error')),
    message     text,
    rows        bigint not null default 0,
    started_at  timestamptz not null,
    finished_at timestamptz,
    details     jsonb
);

create index sync_logs_org_started on sync_logs (org_id, started_at desc);

-- The sales side of the reports page, filled by a later SP-API job.
create table amazon_sales_traffic (
    org_id   bigint not null references organizations (id),
    date     date not null,
    sku      text not null,
    asin     text,
    revenue  numeric,
    units    bigint,
    sessions bigint,
    primary key (org_id, date, sku)
);

create table products (
    org_id           bigint not null references organizations (id),
    sku              text not null,
    asin             text,
    fba_fee          numeric,
    referral_percent numeric,
    primary key (org_id, sku)
);

-- Live app instances (heartbeat). A job execution left RUNNING by an instance whose heartbeat
-- stopped belongs to a dead process and is recovered (marked FAILED) so it can be restarted.
create table app_instances (
    id           text primary key,
    host         text not null,
    started_at   timestamptz not null default now(),
    heartbeat_at timestamptz not null default now()
);
