-- What lets a restatement's completion skip its delete pass. That pass reads every row of the report's
-- days to find the ones the report no longer holds, and it is the first read of those pages since the
-- load rewrote them, so it also prunes their old row versions: 3 to 3.5 s of an 18 s load of 1,000,000
-- search-term rows. When the load rewrote as many of the rows stored before it as there were, none can
-- be left, and the pass is not needed.
--
-- load_stored_rows: the rows the report's days held when its load began (null: a load begun before this
-- migration, which deletes as before).
-- load_kept_rows: how many of those the load has rewritten, counted with its chunks in their
-- transactions (so exact across restarts, as rows_loaded is).
alter table amazon_ads_pending_reports
    add column load_stored_rows bigint,
    add column load_kept_rows bigint not null default 0;
