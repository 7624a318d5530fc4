-- Console and API users besides the configured administrator (ADMIN_USERNAME / ADMIN_PASSWORD, which
-- lives in the configuration, not here). An admin reaches every organization; a viewer only those
-- granted in app_user_orgs, and only to read.
create table app_users (
    id            bigserial primary key,
    username      text not null unique,
    -- Spring Security's delegating format: {bcrypt}$2a$...
    password_hash text not null,
    role          text not null check (role in ('admin', 'viewer')),
    created_at    timestamptz not null default now()
);

-- "Bob" and "bob" would be two accounts a person cannot tell apart on the users page
create unique index app_users_username_ci on app_users (lower(username));

create table app_user_orgs (
    user_id bigint not null references app_users (id) on delete cascade,
    org_id  bigint not null references organizations (id) on delete cascade,
    primary key (user_id, org_id)
);

create index app_user_orgs_org on app_user_orgs (org_id);
