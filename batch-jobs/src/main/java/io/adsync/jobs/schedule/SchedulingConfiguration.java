package io.adsync.jobs.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "adsync.jobs.scheduler", name = "enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {
}
