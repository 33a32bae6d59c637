package id.kinerjaflow.process.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The job executor's pool: one thread per processor plus one unless configured, and never growing. */
class JobThreadsTest {

    @Test
    void onePerProcessorPlusOneUnlessConfigured() {
        assertThat(JobThreads.threads(0, 2)).isEqualTo(3);
        assertThat(JobThreads.threads(0, 16)).isEqualTo(17);
        assertThat(JobThreads.threads(8, 2)).isEqualTo(8);
        assertThatThrownBy(() -> JobThreads.threads(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kinerjaflow.jobs.threads");
    }

    @Test
    void theFixedPoolKeepsTheStartersQueue() {
        CamundaBpmProperties camunda = new CamundaBpmProperties();
        camunda.getJobExecution().setQueueCapacity(7);
        ThreadPoolTaskExecutor pool = new JobThreads().camundaTaskExecutor(5, camunda);
        assertThat(pool.getCorePoolSize()).isEqualTo(5);
        assertThat(pool.getMaxPoolSize()).isEqualTo(5);
        assertThat(pool.getQueueCapacity()).isEqualTo(7);
        assertThat(pool.getThreadNamePrefix()).isEqualTo("camundaTaskExecutor-");
    }
}
