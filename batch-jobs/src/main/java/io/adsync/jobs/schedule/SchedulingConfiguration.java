package io.adsync.jobs.schedule;

import java.util.TimeZone;

import io.adsync.jobs.JobsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/** The built-in schedule from {@code adsync.jobs.scheduler.*}: its crons in UTC, requests at profile-local times. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "adsync.jobs.scheduler.enabled", matchIfMissing = true)
public class SchedulingConfiguration implements SchedulingConfigurer {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final JobScheduler scheduler;
    private final JobsProperties.Scheduler schedule;

    public SchedulingConfiguration(JobScheduler scheduler, JobsProperties properties) {
        this.scheduler = scheduler;
        this.schedule = properties.scheduler();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(scheduler::request, new CronTrigger(schedule.requestCheckCron(), UTC)));
        registrar.addCronTask(new CronTask(scheduler::collect, new CronTrigger(schedule.collectCron(), UTC)));
        registrar.addCronTask(new CronTask(scheduler::collectWhilePending,
                new CronTrigger(schedule.pendingCollectCron(), UTC)));
    }
}
