package io.adsync.sales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * createReport's quota (a burst of 15, then one a minute) as a token bucket in the database, per org: every run
 * and every instance spends from the same count. A run that finds it empty leaves its remaining days for a later
 * run instead of sleeping a minute per report on a job thread.
 */
@Component
public class SalesRequestQuota {

    private final JdbcClient jdbc;
    private final SalesProperties properties;

    public SalesRequestQuota(JdbcClient jdbc, SalesProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Takes one request from the bucket if it holds one; in the caller's transaction (the row stays locked). */
    public boolean tryTake(long orgId) {
        jdbc.sql("insert into sales_request_quota (org_id, tokens) values (?, ?) on conflict do nothing")
                .params(orgId, (double) properties.createBurst()).update();
        double tokens = jdbc.sql("""
                        select least(?, tokens + extract(epoch from now() - refilled_at) * ? / 60)
                        from sales_request_quota where org_id = ? for update""")
                .params((double) properties.createBurst(), properties.createPerMinute(), orgId)
                .query(Double.class).single();
        boolean available = tokens >= 1;
        jdbc.sql("update sales_request_quota set tokens = ?, refilled_at = now() where org_id = ?")
                .params(available ? tokens - 1 : tokens, orgId).update();
        return available;
    }
}
