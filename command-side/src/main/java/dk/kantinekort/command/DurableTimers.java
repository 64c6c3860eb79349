package dk.kantinekort.command;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Durable timers (webshop delivery days, subscription periods): Axon 4.13 configures a DbSchedulerDeadlineManager
 * on db-scheduler, whose {@code scheduled_tasks} table is migration V5 in {@code db/vendor/h2} and
 * {@code db/vendor/postgresql}. db-scheduler reads the time from the command side's {@link Clock}, so a test that
 * moves the clock moves the deadlines too.
 */
@Configuration(proxyBeanMethods = false)
class DurableTimers {

    /** db-scheduler asks this for "now" when it looks for due executions and writes heartbeats. */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }
}
