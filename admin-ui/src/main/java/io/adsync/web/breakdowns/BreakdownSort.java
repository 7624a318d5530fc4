package io.adsync.web.breakdowns;

import java.util.Arrays;

/** The orders a breakdown can be sorted in; an unknown one is spend, the default. */
public enum BreakdownSort {

    SPEND("spend", "sum(t.cost)"),
    SALES("sales", "sum(t.sales_14d)"),
    ACOS("acos", "sum(t.cost) / nullif(sum(t.sales_14d), 0)"),
    CLICKS("clicks", "sum(t.clicks)"),
    ORDERS("orders", "sum(t.purchases_14d)");

    private final String param;
    private final String expression;

    BreakdownSort(String param, String expression) {
        this.param = param;
        this.expression = expression;
    }

    public static BreakdownSort of(String param) {
        return Arrays.stream(values()).filter(sort -> sort.param.equals(param)).findFirst().orElse(SPEND);
    }

    public String param() {
        return param;
    }

    /** SQL over the view's table; from this list only, never from the request. */
    String expression() {
        return expression;
    }
}
