package io.adsync.web.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How the console writes numbers, times and durations, one way everywhere; templates call it as
 * {@code ${@fmt.money(value)}}. Times are in the server's time zone, the zone Spring Batch records
 * its times in.
 */
@Component("fmt")
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone = ZoneId.systemDefault();

    /** {@code 1,234.50}; a missing value is a dash. */
    public String money(BigDecimal value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * {@code £1,234.50}: the amount with its currency's symbol ({@code US$}-style prefixes are left to
     * the locale); a missing value is a dash, an unknown currency the plain amount.
     */
    public String money(BigDecimal value, String currencyCode) {
        if (value == null || currencyCode == null) {
            return money(value);
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format.format(value);
    }

    /** {@code 0.1234} as {@code 12.34%} (TACoS); a ratio to nothing is a dash. */
    public String percentOf(BigDecimal ratio) {
        return ratio == null ? "–" : percent(ratio.movePointRight(2));
    }

    /** {@code 3.21} (ROAS); a ratio to nothing spent is a dash. */
    public String ratio(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 31.15%} (ACOS, already a percentage). */
    public String percent(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String count(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(zone));
    }

    public String time(LocalDateTime time) {
        return time == null ? "–" : TIME.format(time);
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

    /** The time zone the console's times are in, for the column headers. */
    public String zone() {
        return zone.getId();
    }
}
