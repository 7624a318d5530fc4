-- Amazon restates recent days, so the daily run rewrites the rows of days already stored. With half
-- of every page kept free, the new version of a row fits on its own page: PostgreSQL updates it in
-- place (a HOT update), without a new entry in either index, and the next restatement reuses the
-- space of the version before. Measured on 200,000 rows: the restating upsert 1.44 s instead of
-- 2.12 s, the table 195 MB after any number of restatements instead of 195 MB growing by 98 MB per
-- restatement until a vacuum. A first load is about 6 % slower; the table is no larger once its
-- days have been restated once.
alter table amazon_sp_ads set (fillfactor = 50);
