-- Columns Amazon no longer accepts for a report type. Amazon renames and retires columns; one invalid
-- column makes it reject the whole report with a 400 naming the invalid ones. The request then drops
-- exactly those, records them here, and later requests of the type leave them out (the Settings page
-- lists them). Global, not per org: Amazon's column set is the same for every advertiser.
create table report_column_exclusions (
    report_type text not null,
    column_name text not null,
    detail      text not null,
    detected_at timestamptz not null default now(),
    primary key (report_type, column_name)
);
