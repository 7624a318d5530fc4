package io.adsync.batchtest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The batch-jobs part of the application (client, settings, jobs) without the web console, for the
 * job tests. Lives in its own package so admin-ui's tests never mistake it for their application.
 */
@SpringBootApplication(scanBasePackages = "io.adsync")
public class BatchJobsTestApplication {
}
