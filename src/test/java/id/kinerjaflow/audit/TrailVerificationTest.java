package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The background check of the trail: its progress while it runs, one check at a time, its result,
 * and a failure told as such. The executor here only queues, so the test decides when the check runs.
 */
class TrailVerificationTest {

    private final List<Runnable> queued = new ArrayList<>();
    private final AuditTrail trail = mock(AuditTrail.class);
    private final TrailVerification verifications = new TrailVerification(trail, queued::add);

    @Test
    void askingAgainWhileACheckRunsJoinsItAndTheResultComesWithItsProgress() {
        AuditTrail.Verification intact = new AuditTrail.Verification(2500, 2500, Instant.now().minusSeconds(60),
                Instant.now(), null, null, null, Instant.now());
        when(trail.check(any())).thenAnswer(call -> {
            AuditTrail.Progress progress = call.getArgument(0);
            progress.checked(1000, 2500);
            progress.checked(2500, 2500);
            return intact;
        });

        TrailVerification.Run run = verifications.start();
        assertThat(run.done()).isFalse();
        assertThat(run.verification()).isEmpty();
        assertThat(verifications.start()).isSameAs(run);
        assertThat(queued).hasSize(1);

        queued.get(0).run();
        assertThat(run.done()).isTrue();
        assertThat(run.failed()).isFalse();
        assertThat(run.verification()).contains(intact);
        assertThat(run.checked()).isEqualTo(2500);
        assertThat(run.total()).isEqualTo(2500);
        assertThat(run.result().join()).isSameAs(intact);

        // once done, asking again starts a new check
        assertThat(verifications.start()).isNotSameAs(run);
        assertThat(queued).hasSize(2);
    }

    @Test
    void aCheckThatCannotCompleteIsToldAsFailedWithNoVerification() {
        when(trail.sealPending()).thenThrow(new DataAccessResourceFailureException("database gone"));
        TrailVerification.Run run = verifications.start();
        queued.get(0).run();
        assertThat(run.done()).isTrue();
        assertThat(run.failed()).isTrue();
        assertThat(run.verification()).isEmpty();
    }
}
