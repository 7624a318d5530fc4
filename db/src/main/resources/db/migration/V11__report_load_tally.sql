-- What a report's load needs at its completion without reading the rows it has just written: at
-- 1,000,000 rows, deleting the rows the report no longer holds and counting its rows per day were two
-- scans of every row of its days, a tenth of the load.
--
-- load_replaces_rows: whether its days held any rows when the load began (null: a load begun before
-- this migration, which completes as before). When they held none, nothing can be left to delete.
alter table amazon_ads_pending_reports add column load_replaces_rows boolean;

-- The rows each day of a report held, counted with its chunks in their transactions (so exact across
-- restarts, as rows_loaded is), read into report_coverage when the report completes, then dropped.
create table amazon_ads_pending_report_days (
    pending_report_id bigint not null references amazon_ads_pending_reports (id) on delete cascade,
    date              date   not null,
    rows              bigint not null,
    primary key (pending_report_id, date)
);
