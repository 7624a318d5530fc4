package io.adsync.web.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the console writes numbers, times and durations, one way everywhere; templates call it as
 * {@code ${@fmt.money(value)}}. Every time is written in a zone the caller names (a profile's, or UTC
 * where no profile applies) with the zone's abbreviation; Spring Batch's times, recorded in the
 * server's zone without an offset, are read in that zone first. Money with a currency code carries
 * the currency's symbol and the separators of the request's locale (the browser's
 * {@code Accept-Language}).
 */
@Component("fmt")
public class ConsoleFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /*
     * "z" is the zone's short name at that instant. Which short names a JDK has depends on its locale
     * data: with CLDR alone (JDK 23 on, or java.locale.providers=CLDR), English knows PST but writes
     * British Summer Time as GMT+01:00, which British English calls BST. So English first, then
     * British English, else the offset CLDR gives (GMT+09:00), which is still exact.
     */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter BRITISH_ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.UK);

    /** the zone Spring Batch records its times in (the server's, without an offset) */
    private final ZoneId zone = ZoneId.systemDefault();

    /** {@code 1,234.50}; a missing value is a dash. */
    public String money(BigDecimal value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code £1,234.50} for GBP: the currency's symbol and the request's locale; a missing value is a dash. */
    public String money(BigDecimal value, String currencyCode) {
        return money(value, currencyCode, LocaleContextHolder.getLocale());
    }

    /**
     * {@code £1,234.50} (GBP, English), {@code 1.234,50 €} (EUR, German), {@code -$12.00}: the digits
     * the currency has (none for JPY), its symbol as that locale writes it; without a currency code, the
     * plain amount.
     *
     * @throws IllegalArgumentException when the code is no ISO 4217 currency
     */
    public String money(BigDecimal value, String currencyCode, Locale locale) {
        if (value == null) {
            return "–";
        }
        if (currencyCode == null) {
            return money(value); // a profile not discovered yet: the amount, without a symbol it might not have
        }
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** {@code £} for GBP as the request's locale writes it, for axis titles and column headers. */
    public String currencySymbol(String currencyCode) {
        return Currency.getInstance(currencyCode).getSymbol(LocaleContextHolder.getLocale());
    }

    /** {@code 3.21} (ROAS); a ratio to nothing spent is a dash. */
    public String ratio(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 31.15%} (ACOS, already a percentage). */
    public String percent(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** {@code 0.1234} as {@code 12.34%} (TACoS); a ratio to nothing is a dash. */
    public String percentOf(BigDecimal ratio) {
        return ratio == null ? "–" : percent(ratio.movePointRight(2));
    }

    public String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** {@code 2026-12-01 09:30 GMT}: the instant in that zone (the profile's), with the zone's abbreviation. */
    public String time(Instant instant, ZoneId in) {
        if (instant == null) {
            return "–";
        }
        ZonedDateTime zoned = instant.atZone(in);
        return MINUTES.format(zoned) + " " + zoneName(zoned);
    }

    /** As {@link #time(Instant, ZoneId)}, the zone by its id ({@code Europe/London}), as profiles store it. */
    public String time(Instant instant, String zoneId) {
        return time(instant, ZoneId.of(zoneId));
    }

    /** A time Spring Batch recorded (server zone, no offset) written in another zone with its abbreviation. */
    public String time(LocalDateTime serverTime, ZoneId in) {
        return serverTime == null ? "–" : time(serverTime.atZone(zone).toInstant(), in);
    }

    public String time(LocalDateTime serverTime, String zoneId) {
        return time(serverTime, ZoneId.of(zoneId));
    }

    /** How long from {@code start} to {@code end}, or until now while it runs: {@code 1 min 05 s}. */
    public String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return "–";
        }
        return duration(Duration.between(start, end != null ? end : LocalDateTime.now()));
    }

    public String duration(Instant start, Instant end) {
        if (start == null) {
            return "–";
        }
        return duration(Duration.between(start, end != null ? end : Instant.now()));
    }

    public String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return duration.toMillis() < 1000 ? Math.max(0, duration.toMillis()) + " ms" : seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ENGLISH, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ENGLISH, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /** {@code amazonAdsCollectJob} -> {@code collect}: the job names are one naming scheme, said shorter. */
    public String job(String jobName) {
        String name = jobName.startsWith("amazonAds") ? jobName.substring("amazonAds".length()) : jobName;
        name = name.endsWith("Job") ? name.substring(0, name.length() - "Job".length()) : name;
        return name.toLowerCase(Locale.ROOT);
    }

    /** The zone's abbreviation now ({@code GMT}, {@code BST}), for a column header over times in that zone. */
    public String zone(ZoneId in) {
        return zoneName(Instant.now().atZone(in));
    }

    private static String zoneName(ZonedDateTime time) {
        String english = ZONE_NAME.format(time);
        return english.startsWith("GMT") && english.length() > 3 ? BRITISH_ZONE_NAME.format(time) : english;
    }

    public String zone(String zoneId) {
        return zone(ZoneId.of(zoneId));
    }
}
