package io.adsync.web.breakdowns;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.adsync.web.reports.ReportPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A breakdown's rows: its table's days of the period summed per label and currency. The currency is
 * the profile's ({@code ads_profiles}, one row per profile, so the join cannot inflate), or what the
 * rows' campaigns are budgeted in for a profile not discovered yet.
 */
@Repository
public class BreakdownQueries {

    private final JdbcClient jdbc;

    public BreakdownQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param profileIds null for every row of the org
     * @param wastedOnly only rows that spent and sold nothing in 14 days
     * @param limit      at most this many rows, the first in the sort's order
     */
    public List<BreakdownRow> rows(BreakdownView view, long orgId, Long[] profileIds, ReportPeriod period,
                                   boolean wastedOnly, BreakdownSort sort, boolean descending, int limit) {
        String labels = view.labels().stream().map(label -> "t." + label.column()).collect(Collectors.joining(", "));
        int labelCount = view.labels().size();
        String sql = """
                select %s, coalesce(p.currency_code, t.campaign_budget_currency_code) as currency,
                       coalesce(sum(t.cost), 0) as spend, coalesce(sum(t.sales_14d), 0) as sales,
                       coalesce(sum(t.clicks), 0) as clicks, coalesce(sum(t.purchases_14d), 0) as orders
                from %s t
                left join ads_profiles p on p.org_id = t.org_id and p.profile_id = t.profile_id
                where t.org_id = ? and (cast(? as bigint[]) is null or t.profile_id = any (?))
                  and t.date between ? and ?
                group by %s, %d
                %s
                order by %s %s nulls last, 1
                limit ?""".formatted(labels, view.reportType().table(), labels, labelCount + 1,
                wastedOnly ? "having sum(t.cost) > 0 and coalesce(sum(t.sales_14d), 0) = 0" : "",
                sort.expression(), descending ? "desc" : "asc");
        return jdbc.sql(sql)
                .params(orgId, profileIds, profileIds, period.from(), period.to(), limit)
                .query((rs, n) -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= labelCount; i++) {
                        values.add(rs.getString(i));
                    }
                    return new BreakdownRow(values, rs.getString("currency"), rs.getBigDecimal("spend"),
                            rs.getBigDecimal("sales"), rs.getLong("clicks"), rs.getLong("orders"));
                })
                .list();
    }
}
