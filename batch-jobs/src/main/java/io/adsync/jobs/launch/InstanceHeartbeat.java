package io.adsync.jobs.launch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.adsync.jobs.JobsProperties;
import io.adsync.jobs.RunningJobsShutdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This process's identity and pulse in {@code app_instances}. Job executions record which instance
 * runs them, so an execution left RUNNING by an instance whose pulse stopped is known to be dead
 * (and recovered), while another live instance's running job is left alone.
 */
@Component
public class InstanceHeartbeat implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceHeartbeat.class);

    private final JdbcClient jdbc;
    private final JobsProperties properties;
    private final String instanceId = UUID.randomUUID().toString();
    private ScheduledExecutorService timer;

    public InstanceHeartbeat(JdbcClient jdbc, JobsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public String instanceId() {
        return instanceId;
    }

    /** Whether the instance has beaten recently enough to be alive. */
    public boolean isAlive(String instance) {
        if (instanceId.equals(instance)) {
            return true;
        }
        Timestamp freshSince = Timestamp.from(Instant.now().minus(properties.staleAfter()));
        return jdbc.sql("select exists (select 1 from app_instances where id = ? and heartbeat_at >= ?)")
                .params(instance, freshSince).query(Boolean.class).single();
    }

    @Override
    public void start() {
        jdbc.sql("insert into app_instances (id, host) values (?, ?)").params(instanceId, host()).update();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "instance-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatInterval().toMillis();
        timer.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            jdbc.sql("update app_instances set heartbeat_at = now() where id = ?").param(instanceId).update();
            jdbc.sql("delete from app_instances where heartbeat_at < now() - interval '1 day'").update();
        } catch (RuntimeException e) {
            log.warn("Heartbeat not recorded: {}", e.getMessage());
        }
    }

    /**
     * Says goodbye if the database still answers within a moment: waiting for a connection would
     * hold the shutdown for the pool's whole timeout, and a stale row is harmless.
     */
    @Override
    public void stop() {
        try {
            timer.submit(() -> jdbc.sql("delete from app_instances where id = ?").param(instanceId).update())
                    .get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.info("Instance {} not unregistered at shutdown: {}", instanceId, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    /** Beats until this instance's runs have stopped at shutdown: a silent owner's runs get recovered. */
    @Override
    public int getPhase() {
        return RunningJobsShutdown.PHASE - 1;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
