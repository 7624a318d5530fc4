package io.adsync.jobs.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.adsync.jobs.pending.DateRange;
import org.junit.jupiter.api.Test;

class RefreshWindowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void sixtyDaysAreTwoReportsNewestFirstThatTogetherCoverEveryDayBeforeTheRunsDay() {
        RefreshWindow window = RefreshWindow.of(DAY, 60, 95);

        assertThat(window.ranges()).containsExactly(
                new DateRange(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30)),
                new DateRange(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 30)));
        assertThat(window.ranges()).allSatisfy(range -> assertThat(range.days()).isLessThanOrEqualTo(31));
        assertThat(window.ranges().stream().mapToLong(DateRange::days).sum()).isEqualTo(60);
        assertThat(window.first()).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void neverReachesBeyondWhatAmazonKeeps() {
        RefreshWindow window = RefreshWindow.of(DAY, 120, 95);

        assertThat(window.ranges()).hasSize(4);
        assertThat(window.ranges().get(3).start()).isEqualTo(DAY.minusDays(95));
    }

    @Test
    void aShortWindowIsOneReport() {
        assertThat(RefreshWindow.of(DAY, 3, 95).ranges()).containsExactly(new DateRange(DAY.minusDays(3), DAY.minusDays(1)));
    }

    @Test
    void knowsWhichRangesItFetchesAgain() {
        RefreshWindow window = RefreshWindow.of(DAY, 60, 95);

        assertThat(window.contains(DateRange.day(DAY.minusDays(60)))).isTrue();
        assertThat(window.contains(DateRange.day(DAY.minusDays(61)))).isFalse();
        assertThat(window.contains(DateRange.day(DAY))).as("today is not over").isFalse();
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> RefreshWindow.of(DAY, 0, 95)).isInstanceOf(IllegalArgumentException.class);
    }
}
