package io.adsync.operations.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.adsync.ads.AdsAuthenticationException;
import io.adsync.ads.AdsRegion;
import io.adsync.jobs.AdsJobs;
import io.adsync.jobs.account.AdsAccounts;
import io.adsync.jobs.pending.PendingReport;
import io.adsync.sandbox.AdsSandbox;
import io.adsync.sandbox.SandboxAccounts;
import io.adsync.settings.AmazonAdsSettings;
import io.adsync.settings.SettingsStore;
import io.adsync.testapp.AdsSyncAppTest;
import io.adsync.testapp.TestOrgs;
import io.adsync.web.console.ConsoleFormat;
import io.adsync.web.console.ConsoleSession;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Alerts end to end: the real jobs against the sandbox, a webhook receiver on a local port and
 * GreenMail's SMTP server, checked every 200 ms.
 */
@AdsSyncAppTest
@TestPropertySource(properties = {
        "adsync.alerts.check-interval=200ms",
        "adsync.alerts.retry-delay=20ms",
        "adsync.alerts.delivery-attempts=3",
        "adsync.alerts.email-to=ops@example.com",
        // a hanging webhook is held until the test lets go, not until the client gives up
        "adsync.alerts.webhook-timeout=30s",
        // no day is late in these tests: they are about runs
        "adsync.alerts.fresh-by=23:59:59",
        "adsync.jobs.lookback-days=1",
        "adsync.jobs.poll-interval=1s"})
class AlertsTest {

    static final WebhookReceiver WEBHOOK = WebhookReceiver.start();
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("adsync.alerts.webhook-url", WEBHOOK::url);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        WEBHOOK.stop();
        MAIL.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    AdsJobs jobs;

    @Autowired
    SettingsStore settings;

    @Autowired
    AlertMonitor monitor;

    @Autowired
    AdsSandbox sandbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsoleFormat format;

    @Autowired
    AdsAccounts accounts;

    @BeforeEach
    void webhookAnswers() {
        WEBHOOK.answer(WebhookReceiver.Mode.OK);
    }

    @Test
    void refusedCredentialsAlertOnceNamingTheProfileAndTheReasonAndRecoverOnce() {
        long org = TestOrgs.create(jdbc);
        String revoked = "Atzr|revoked-" + org;
        saveRefreshToken(org, revoked);
        String about = "organization " + org;

        assertThatThrownBy(() -> jobs.requestDaily(org)).isInstanceOf(AdsAuthenticationException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOK.texts(about).size() == 1 && mails(about).size() == 1);
        assertThatThrownBy(() -> jobs.requestDaily(org)).as("refused again").isInstanceOf(AdsAuthenticationException.class);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> WEBHOOK.texts(about).size() == 1 && mails(about).size() == 1);

        String text = WEBHOOK.texts(about).get(0);
        assertThat(text).startsWith("Credentials refused: ").contains("profile " + SandboxAccounts.PROFILE_US)
                .contains("Amazon rejected the refresh token").doesNotContain(revoked);
        assertThat(mails(about).get(0)).contains("Credentials refused", "profile " + SandboxAccounts.PROFILE_US)
                .doesNotContain(revoked);

        saveRefreshToken(org, SandboxAccounts.REFRESH_TOKEN);
        jobs.requestDaily(org);
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOK.texts(about).size() == 2 && mails(about).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> WEBHOOK.texts(about).size() == 2 && mails(about).size() == 2);
        assertThat(WEBHOOK.texts(about).get(1)).startsWith("Recovered (Credentials refused")
                .contains("profile " + SandboxAccounts.PROFILE_US);
        assertThat(jdbc.sql("select kind || '/' || (closed_at is not null) || '/' || (delivered_at is not null)"
                        + " || '/' || (recovery_delivered_at is not null) from alert_events where org_id = ?")
                .param(org).query(String.class).list())
                .as("one problem, closed, its alert and its recovery delivered")
                .containsExactly("credentials_refused/true/true/true");

        String page = new ConsoleSession(port).page("/alerts?orgId=" + org).body();
        Instant opened = jdbc.sql("select opened_at from alert_events where org_id = ?").param(org)
                .query(Timestamp.class).single().toInstant();
        assertThat(page).contains("Credentials refused", "profile " + SandboxAccounts.PROFILE_US)
                .contains("None: every check passes.")
                .as("times in the profile's zone (Los Angeles), with its abbreviation")
                .contains(format.time(opened, accounts.displayZone(org)));
        assertThat(accounts.displayZone(org)).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void aFailedReportAndThePartialRunItEndsAlertOnceEachAndRecoverWhenItsDaysAreLoaded() {
        long org = TestOrgs.create(jdbc);
        saveRefreshToken(org, SandboxAccounts.REFRESH_TOKEN);
        String about = "organization " + org;
        sandbox.faults().failNextReports(1);

        AdsJobs.SyncResult failing = jobs.manualSync(org, null);

        List<PendingReport> failed = failing.reports().stream()
                .filter(report -> PendingReport.FAILED.equals(report.status())).toList();
        assertThat(failed).as("one of the refresh window's two reports").hasSize(1);
        String reportId = failed.get(0).reportId();
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOK.texts(about).size() == 2);
        assertThat(WEBHOOK.texts(about)).anyMatch(text -> text.startsWith("Report failed: Amazon report " + reportId
                        + " of profile " + SandboxAccounts.PROFILE_US))
                .anyMatch(text -> text.startsWith("Run failed: The last amazonAdsCollectJob run of " + about)
                        && text.contains("ended partial"));

        AdsJobs.SyncResult loading = jobs.manualSync(org, null);

        assertThat(loading.reports()).allMatch(report -> PendingReport.COMPLETED.equals(report.status()));
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOK.texts(about).size() == 4);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> WEBHOOK.texts(about).size() == 4);
        assertThat(WEBHOOK.texts(about).subList(2, 4)).allMatch(text -> text.startsWith("Recovered ("))
                .anyMatch(text -> text.contains(reportId)).anyMatch(text -> text.contains("amazonAdsCollectJob"));
    }

    @Test
    void aWebhookAnswering500IsRetriedThenRecordedAndShownWhileTheEmailGoesOut() {
        long org = TestOrgs.create(jdbc);
        WEBHOOK.answer(WebhookReceiver.Mode.SERVER_ERROR);
        ConsoleSession console = new ConsoleSession(port);
        assertThat(console.page("/alerts?orgId=" + org).body())
                .contains("<a href=\"/alerts?orgId=" + org + "\" aria-current=\"page\" class=\"active\">Alerts</a>")
                .containsPattern("<button[^>]*id=\"send-test-alert\"[^>]*hx-disabled-elt=\"this\"")
                .contains("Webhook: <strong>configured</strong>", "No alert yet.");

        String answer = console.htmxPost("/alerts/test?orgId=" + org, "").body();

        assertThat(answer).contains("is on its way", "hx-swap-oob");
        String about = "organization " + org;
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveryError(org) != null);
        assertThat(deliveryError(org)).isEqualTo("webhook: the webhook answered HTTP 500 (3 attempts)");
        assertThat(WEBHOOK.texts(about)).hasSize(3).allMatch(text -> text.startsWith("Test alert: "));
        assertThat(mails(about)).hasSize(1);
        assertThat(console.page("/alerts?orgId=" + org).body())
                .contains("failed: webhook: the webhook answered HTTP 500 (3 attempts)");
    }

    @Test
    void anAlertTheWebhookRefusedKeepsItsErrorWhenItsRecoveryGetsThrough() {
        long org = TestOrgs.create(jdbc);
        saveRefreshToken(org, "Atzr|revoked-" + org);
        WEBHOOK.answer(WebhookReceiver.Mode.SERVER_ERROR);

        assertThatThrownBy(() -> jobs.requestDaily(org)).isInstanceOf(AdsAuthenticationException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveryError(org) != null);
        WEBHOOK.answer(WebhookReceiver.Mode.OK);
        saveRefreshToken(org, SandboxAccounts.REFRESH_TOKEN);
        // a whole sync, so that no report of the profile is left in progress at Amazon for the next test
        jobs.manualSync(org, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select recovery_delivered_at is not null from alert_events where org_id = ?")
                .param(org).query(Boolean.class).single());

        assertThat(deliveryError(org)).as("the alert's own delivery, not overwritten by its recovery's")
                .isEqualTo("webhook: the webhook answered HTTP 500 (3 attempts)");
        assertThat(WEBHOOK.texts("organization " + org)).last().asString().startsWith("Recovered (Credentials refused");
        assertThat(new ConsoleSession(port).page("/alerts?orgId=" + org).body())
                .contains("failed: webhook: the webhook answered HTTP 500 (3 attempts)", "recovery sent ")
                .contains("alert: webhook: the webhook answered HTTP 500 (3 attempts)");
    }

    @Test
    void aHangingWebhookHoldsUpNeitherTheConsoleNorARun() {
        long org = TestOrgs.create(jdbc);
        WEBHOOK.answer(WebhookReceiver.Mode.HANG);

        monitor.sendTest(org);
        await().atMost(Duration.ofSeconds(10)).until(() -> WEBHOOK.hanging() == 1);
        AdsJobs.SyncResult sync = jobs.manualSync(1, null);

        assertThat(sync.reports()).isNotEmpty().allMatch(report -> PendingReport.COMPLETED.equals(report.status()));
        assertThat(WEBHOOK.hanging()).as("the alert still waits for the webhook").isEqualTo(1);
        assertThat(jdbc.sql("select delivered_at is null from alert_events where org_id = ?").param(org)
                .query(Boolean.class).single()).isTrue();
        WEBHOOK.releaseHanging();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select delivered_at is not null from alert_events where org_id = ?").param(org)
                .query(Boolean.class).single());
    }

    private void saveRefreshToken(long org, String refreshToken) {
        settings.saveAmazonAds(org, new AmazonAdsSettings(SandboxAccounts.CLIENT_ID, SandboxAccounts.CLIENT_SECRET,
                refreshToken, SandboxAccounts.PROFILE_US, AdsRegion.SANDBOX));
    }

    private String deliveryError(long org) {
        return jdbc.sql("select delivery_error from alert_events where org_id = ?").param(org)
                .query(String.class).optional().orElse(null);
    }

    /** Subject and body of every e-mail received that mentions {@code part}. */
    private static List<String> mails(String part) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .map(AlertsTest::subjectAndBody)
                .filter(mail -> mail.contains(part))
                .toList();
    }

    private static String subjectAndBody(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
