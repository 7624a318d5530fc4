-- Which days are loaded, per profile and report type: every date a completed report covered, whether
-- Amazon had rows for it or not. A day without activity has no rows in amazon_sp_ads, so "loaded"
-- cannot be read off the rows: version 1 requested such days again in every backfill and drew them as
-- spend 0 where nothing had been asked yet. Pages, the reports API and backfill read this table.
--
-- report_id: Amazon's reportId of the latest report loaded for the day (null for days carried over
-- from version 1); rows: the rows that report held for the day; age_days: how many days old the day
-- was (in the profile's time zone) when it was loaded, i.e. which restatements it has seen.
create table report_coverage (
    org_id      bigint not null references organizations (id),
    profile_id  bigint not null,
    report_type text not null default 'spCampaigns',
    date        date not null,
    report_id   text,
    rows        bigint not null default 0,
    loaded_at   timestamptz not null default now(),
    age_days    integer not null,
    primary key (org_id, profile_id, report_type, date)
);

alter table amazon_ads_pending_reports add column report_type text not null default 'spCampaigns';

-- When the load of a report began (database time). Every row the load writes gets a later
-- updated_at, so rows of the report's days older than this were not in the report: Amazon no longer
-- reports them, and the load's completion deletes them. Kept across a restart of the load.
alter table amazon_ads_pending_reports add column load_started_at timestamptz;

-- Version 1's loaded days: every day with rows, and every day of a completed report still listed.
-- The age is read off the last write of the day's rows, in UTC (version 1 kept no zone).
insert into report_coverage (org_id, profile_id, report_type, date, rows, loaded_at, age_days)
select org_id, profile_id, 'spCampaigns', date, count(*), max(updated_at),
       greatest((max(updated_at) at time zone 'UTC')::date - date, 0)
from amazon_sp_ads
where profile_id is not null
group by org_id, profile_id, date;

insert into report_coverage (org_id, profile_id, report_type, date, report_id, rows, loaded_at, age_days)
select distinct on (r.org_id, r.profile_id, day::date)
       r.org_id, r.profile_id, 'spCampaigns', day::date, r.report_id, 0, r.updated_at,
       greatest((r.updated_at at time zone 'UTC')::date - day::date, 0)
from amazon_ads_pending_reports r
cross join lateral generate_series(r.start_date, r.end_date, interval '1 day') as day
where r.status = 'completed'
order by r.org_id, r.profile_id, day::date, r.updated_at desc
on conflict (org_id, profile_id, report_type, date) do update set report_id = excluded.report_id;
