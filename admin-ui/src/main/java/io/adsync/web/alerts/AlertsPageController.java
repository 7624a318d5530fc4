package io.adsync.web.alerts;

import java.util.List;

import io.adsync.jobs.account.AdsAccounts;
import io.adsync.operations.AlertsProperties;
import io.adsync.operations.alerts.AlertDelivery;
import io.adsync.operations.alerts.AlertEvent;
import io.adsync.operations.alerts.AlertEvents;
import io.adsync.operations.alerts.AlertMonitor;
import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Alerts page: the org's open problems, the history of its alerts with how each was delivered,
 * the delivery errors, where alerts go, and a "Send test alert" button. While a delivery is on its
 * way the lists refresh themselves.
 */
@ConsoleController
public class AlertsPageController {

    static final int HISTORY = 50;

    private final AlertEvents events;
    private final AlertMonitor monitor;
    private final AlertDelivery delivery;
    private final AlertsProperties properties;
    private final AdsAccounts accounts;

    public AlertsPageController(AlertEvents events, AlertMonitor monitor, AlertDelivery delivery,
                                AlertsProperties properties, AdsAccounts accounts) {
        this.events = events;
        this.monitor = monitor;
        this.delivery = delivery;
        this.properties = properties;
        this.accounts = accounts;
    }

    @GetMapping("/alerts")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        alerts(org.id(), model);
        model.addAttribute("webhook", properties.hasWebhook());
        model.addAttribute("email", properties.hasEmail());
        model.addAttribute("freshBy", properties.freshBy());
        return "alerts";
    }

    /** The lists alone, polled while a delivery is on its way. */
    @GetMapping("/alerts/list")
    public String list(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        alerts(org.id(), model);
        return "alerts :: alerts";
    }

    @PostMapping("/alerts/test")
    public String sendTest(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        AlertEvent test = monitor.sendTest(org.id());
        model.addAttribute("flash", delivery.hasChannels()
                ? Flash.ok("Test alert #" + test.id() + " is on its way; its delivery shows in the history.")
                : Flash.error("Test alert #" + test.id() + " is recorded here only: set ALERT_WEBHOOK_URL or "
                        + "ALERT_EMAIL_TO (with spring.mail.host) to send alerts somewhere."));
        alerts(org.id(), model);
        return "alerts :: action";
    }

    private void alerts(long orgId, Model model) {
        List<AlertEvent> history = events.history(orgId, HISTORY);
        // times as every page writes them: in the org's profile zone, with its abbreviation
        model.addAttribute("zone", accounts.displayZone(orgId));
        model.addAttribute("openProblems", events.openProblems(orgId));
        model.addAttribute("history", history);
        model.addAttribute("deliveryErrors", events.deliveryErrors(orgId, HISTORY));
        model.addAttribute("channels", delivery.hasChannels());
        model.addAttribute("delivering", delivery.hasChannels() && history.stream().anyMatch(AlertEvent::delivering));
    }
}
