package io.adsync.web.jobs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes the Jobs page's times in the org's profile zone, the zone its reports' days are in.
 * Spring Batch records its times as local times of the server's zone, so those are converted from
 * that zone.
 */
public record ProfileTimes(ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(zone));
    }

    /** @param serverTime a time as Spring Batch records it: local to the server's zone */
    public String time(LocalDateTime serverTime) {
        return serverTime == null ? "–" : time(serverTime.atZone(ZoneId.systemDefault()).toInstant());
    }

    /** {@code BST}, {@code CET}, {@code PDT}: the zone's short name as of now, for the column headers. */
    public String abbreviation() {
        return ABBREVIATION.format(Instant.now().atZone(zone));
    }
}
