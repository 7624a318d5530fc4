-- Many advertising profiles per organization. One Login-with-Amazon authorization (the amazon_ads
-- settings object: the connection) usually reaches many profiles: an agency's clients, one brand in
-- several marketplaces, regions, currencies and time zones. Discovery (GET /v2/profiles per region)
-- upserts them here; the jobs run for the enabled ones, each in its own time zone.
--
-- region, timezone and the other descriptions are null only for profiles carried over from version 1
-- below, until their first discovery (the application runs one for them at start-up).
-- missing_since: the profile is no longer listed by Amazon; it is kept (its rows stay) but disabled.
create table ads_profiles (
    id             bigserial primary key,
    org_id         bigint not null references organizations (id),
    profile_id     bigint not null,
    region         text,
    country_code   text,
    currency_code  text,
    timezone       text,
    marketplace_id text,
    account_name   text,
    account_type   text,
    enabled        boolean not null default false,
    report_types   text[] not null default '{spCampaigns}',
    missing_since  timestamptz,
    discovered_at  timestamptz,
    updated_at     timestamptz not null default now(),
    unique (org_id, profile_id)
);

-- Version 1 ran one profile per org: every profile its reports and rows name is enabled.
insert into ads_profiles (org_id, profile_id, enabled)
select org_id, profile_id, true from amazon_sp_ads where profile_id is not null
union
select org_id, profile_id, true from amazon_ads_pending_reports
union
select org_id, profile_id, true from report_coverage
on conflict (org_id, profile_id) do nothing;

-- Version 1's writer always named the profile; rows stored otherwise belong to the org's one profile.
update amazon_sp_ads a set profile_id = p.profile_id
from (select org_id, min(profile_id) as profile_id from ads_profiles group by org_id having count(*) = 1) p
where a.profile_id is null and a.org_id = p.org_id;

-- The profile is part of every key: two profiles report the same campaign id on the same day only if
-- they are one advertiser, and their rows must not overwrite each other.
alter table amazon_sp_ads alter column profile_id set not null;
alter table amazon_sp_ads drop constraint amazon_sp_ads_upsert_key;
alter table amazon_sp_ads add constraint amazon_sp_ads_upsert_key unique (org_id, profile_id, date, campaign_id);
