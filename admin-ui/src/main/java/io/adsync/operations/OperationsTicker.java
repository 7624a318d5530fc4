package io.adsync.operations;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The threads of the periodic operations checks (gauges, alerts): their own, not the job schedule's,
 * which may hold its thread for a whole collect and is off when an external scheduler calls the
 * cron routes.
 */
@Component
public class OperationsTicker {

    private static final Logger log = LoggerFactory.getLogger(OperationsTicker.class);

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "operations-check");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs the task every {@code interval}, the first time one interval from now; a failure does not stop it. */
    public void every(Duration interval, String name, Runnable task) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed, trying again in {}: {}", name, interval, e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
