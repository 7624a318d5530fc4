package io.adsync.ads;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 400 on report creation says in Amazon's own words, where the request can be mended: the
 * columns Amazon no longer accepts ({@code configuration columns includes invalid values: (x, y).
 * Allowed values: (...)}), or the first day it still keeps ({@code startDate (...) must be equal to
 * or after report type data retention start date (YYYY-MM-DD)}).
 */
public final class AmazonRejection {

    private static final Pattern INVALID_COLUMNS = Pattern.compile("columns includes invalid values: \\(([^)]*)\\)");
    private static final Pattern RETENTION_START = Pattern.compile(
            "retention start date \\((\\d{4}-\\d{2}-\\d{2})\\)");

    private AmazonRejection() {
    }

    /** The columns a rejection names as invalid; empty when it is about something else. */
    public static List<String> invalidColumns(AdsRequestRejectedException rejection) {
        Matcher matcher = INVALID_COLUMNS.matcher(rejection.detail() == null ? "" : rejection.detail());
        if (rejection.status() != 400 || !matcher.find()) {
            return List.of();
        }
        return Arrays.stream(matcher.group(1).split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The oldest day Amazon still has, when the rejection is about a start before it. */
    public static Optional<LocalDate> retentionStart(AdsRequestRejectedException rejection) {
        Matcher matcher = RETENTION_START.matcher(rejection.detail() == null ? "" : rejection.detail());
        return rejection.status() == 400 && matcher.find() ? Optional.of(LocalDate.parse(matcher.group(1)))
                : Optional.empty();
    }
}
