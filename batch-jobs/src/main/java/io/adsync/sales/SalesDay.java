package io.adsync.sales;

import java.time.LocalDate;

/**
 * One day of a sales run as the routes answer it.
 *
 * @param status loaded, no data, requested (on its way), waiting (for createReport's quota), failed, or loaded
 *               earlier (a backfill day already held)
 * @param rows   the SKU rows stored for the day
 */
public record SalesDay(LocalDate date, String status, long rows) {

    public static final String LOADED = "loaded";
    public static final String NO_DATA = "no data";
    public static final String REQUESTED = "requested";
    public static final String WAITING = "waiting";
    public static final String FAILED = "failed";
    public static final String LOADED_EARLIER = "loaded earlier";
}
