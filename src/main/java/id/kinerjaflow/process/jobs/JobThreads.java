package id.kinerjaflow.process.jobs;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The job executor's threads, sized to the machine: a fixed pool of one thread per processor plus
 * one ({@code kinerjaflow.jobs.threads} sets another number), where the starter's default grows to
 * ten threads whenever more than six jobs are due.
 * <p>
 * The engine's jobs here are CPU work on the application and on the database alike (a launch
 * chunk starts a hundred processes in one transaction; a deadline fires thousands of timers at
 * once). On a 2-core machine ten such transactions at once only take turns on the processors, each
 * holding its locks and its memory for longer: the launch of 3,000 employees took 26 s with ten
 * threads and 17 to 19 s with three (README, Performance). The pool's queue keeps the starter's
 * {@code camunda.bpm.job-execution.queue-capacity}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class JobThreads {

    private static final Logger log = LoggerFactory.getLogger(JobThreads.class);

    /** Replaces the starter's executor of the same name (it steps back for a bean of this name). */
    @Bean(name = "camundaTaskExecutor")
    ThreadPoolTaskExecutor camundaTaskExecutor(@Value("${kinerjaflow.jobs.threads:0}") int configured,
                                               CamundaBpmProperties camunda) {
        int threads = threads(configured, Runtime.getRuntime().availableProcessors());
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(camunda.getJobExecution().getQueueCapacity());
        pool.setThreadNamePrefix("camundaTaskExecutor-");
        log.info("Job executor: {} threads", threads);
        return pool;
    }

    /** The configured number, or one per processor plus one when none is configured (0). */
    static int threads(int configured, int processors) {
        if (configured < 0) {
            throw new IllegalArgumentException("kinerjaflow.jobs.threads must be 0 (one per processor plus one) "
                    + "or a positive number, not " + configured);
        }
        return configured > 0 ? configured : Math.max(1, processors) + 1;
    }
}
