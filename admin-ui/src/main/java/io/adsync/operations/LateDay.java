package io.adsync.operations;

import java.time.LocalDate;
import java.time.LocalTime;

/** A profile's yesterday that is still not loaded at the time it should have been. */
public record LateDay(long orgId, long profileId, String reportType, LocalDate date, LocalTime freshBy) {

    public String message() {
        return "Data is late: the " + reportType + " report of profile " + profileId + " (organization " + orgId
                + ") for " + date + " is not loaded, and it should be by " + freshBy + " profile time.";
    }
}
