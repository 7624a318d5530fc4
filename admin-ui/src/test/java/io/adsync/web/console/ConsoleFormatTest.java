package io.adsync.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class ConsoleFormatTest {

    final ConsoleFormat format = new ConsoleFormat();

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void moneyCarriesTheCurrencySymbolAndTheLocalesSeparators() {
        assertThat(format.money(new BigDecimal("1234.56"), "GBP", Locale.UK)).isEqualTo("£1,234.56");
        assertThat(format.money(new BigDecimal("1234.5"), "USD", Locale.US)).isEqualTo("$1,234.50");
        assertThat(format.money(new BigDecimal("1234.56"), "EUR", Locale.GERMANY)).isEqualTo("1.234,56\u00a0€");
        assertThat(format.money(new BigDecimal("-12"), "GBP", Locale.UK)).isEqualTo("-£12.00");
    }

    @Test
    void moneyRoundsToTheDigitsOfItsCurrency() {
        assertThat(format.money(new BigDecimal("0.125"), "GBP", Locale.UK)).isEqualTo("£0.13");
        assertThat(format.money(new BigDecimal("1234.5"), "JPY", Locale.JAPAN)).isEqualTo("￥1,235");
    }

    @Test
    void moneyWithoutALocaleTakesTheRequests() {
        LocaleContextHolder.setLocale(Locale.UK);
        assertThat(format.money(new BigDecimal("1234.56"), "GBP")).isEqualTo("£1,234.56");
        assertThat(format.currencySymbol("GBP")).isEqualTo("£");

        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(format.money(new BigDecimal("1234.56"), "GBP")).isEqualTo("1.234,56\u00a0£");
    }

    @Test
    void missingMoneyIsADashAndAnUnknownCurrencyIsRefused() {
        assertThat(format.money(null, "GBP", Locale.UK)).isEqualTo("–");
        assertThatIllegalArgumentException().isThrownBy(() -> format.money(BigDecimal.ONE, "XYZW", Locale.UK));
    }

    @Test
    void theOldMoneyStaysAPlainFigure() {
        assertThat(format.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    }

    @Test
    void timesAreWrittenInTheGivenZoneWithItsAbbreviation() {
        Instant winter = Instant.parse("2026-12-01T09:30:00Z");
        Instant summer = Instant.parse("2026-07-01T09:30:00Z");

        assertThat(format.time(winter, ZoneId.of("Europe/London"))).isEqualTo("2026-12-01 09:30 GMT");
        assertThat(format.time(summer, "Europe/London")).isEqualTo("2026-07-01 10:30 BST");
        assertThat(format.time(winter, "America/Los_Angeles")).isEqualTo("2026-12-01 01:30 PST");
        assertThat(format.time((Instant) null, "Europe/London")).isEqualTo("–");
    }

    @Test
    void aServerTimeIsMovedToTheGivenZone() {
        LocalDateTime serverTime = LocalDateTime.ofInstant(Instant.parse("2026-07-01T09:30:00Z"), ZoneId.systemDefault());

        assertThat(format.time(serverTime, "Europe/London")).isEqualTo("2026-07-01 10:30 BST");
        // a zone without a short name in any English is written as its offset
        assertThat(format.time(serverTime, ZoneId.of("Etc/GMT-9"))).isEqualTo("2026-07-01 18:30 GMT+09:00");
    }

    @Test
    void theZonesAbbreviationForHeaders() {
        assertThat(format.zone("Etc/UTC")).isEqualTo("UTC");
        assertThat(format.zone(ZoneId.of("Europe/London"))).isIn("GMT", "BST");
    }
}
