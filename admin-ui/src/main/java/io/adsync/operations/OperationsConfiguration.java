package io.adsync.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Gives the operations checks (gauges, alerts) Boot's task scheduler also when the built-in job
 * schedule is off; {@code spring.task.scheduling.pool.size} gives them threads of their own, since
 * a scheduled collect may hold its thread for a whole run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class OperationsConfiguration {
}
