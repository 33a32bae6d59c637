package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import id.kinerjaflow.audit.AuditEntry.Source;
import org.junit.jupiter.api.Test;

/** Which entries of one transaction fold into the one before them. */
class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static AuditEntry engine(String kind, String pid, String actor, String detail) {
        return AuditEntry.of(Source.ENGINE, kind, pid, null, actor, detail).at(T0);
    }

    @Test
    void variablesOfOneKindProcessAndActorFoldInOrderAndKeepTheFirstTime() {
        AuditEntry first = engine("variable.create", "p1", "hr", "name=a value=1");
        AuditEntry second = engine("variable.create", "p1", "hr", "name=b value=2").at(T0.plusMillis(3));
        AuditEntry folded = second.foldInto(first, 4000);
        assertThat(folded.detail()).isEqualTo("name=a value=1; name=b value=2");
        assertThat(folded.recordedAt()).isEqualTo(T0);
        assertThat(folded.kind()).isEqualTo("variable.create");
        assertThat(folded.processInstanceId()).isEqualTo("p1");
        assertThat(folded.actor()).isEqualTo("hr");
    }

    @Test
    void otherKindsProcessesActorsOrSourcesDoNotFold() {
        AuditEntry variable = engine("variable.create", "p1", "hr", "name=a value=1");
        assertThat(engine("variable.update", "p1", "hr", "name=a value=2").foldInto(variable, 4000)).isNull();
        assertThat(engine("variable.create", "p2", "hr", "name=b value=2").foldInto(variable, 4000)).isNull();
        assertThat(engine("variable.create", "p1", "staf", "name=b value=2").foldInto(variable, 4000)).isNull();
        assertThat(engine("variable.create", "p1", null, "name=b value=2").foldInto(variable, 4000)).isNull();
        AuditEntry task = engine("task.create", "p1", "hr", "task=T1");
        assertThat(engine("task.create", "p1", "hr", "task=T2").foldInto(task, 4000)).isNull();
        AuditEntry domain = AuditEntry.of(Source.DOMAIN, "variable.create", "p1", null, "hr", "x").at(T0);
        assertThat(AuditEntry.of(Source.DOMAIN, "variable.create", "p1", null, "hr", "y").at(T0)
                .foldInto(domain, 4000)).isNull();
    }

    @Test
    void aFoldLongerThanTheDetailsLimitStartsANewEntry() {
        AuditEntry first = engine("variable.create", "p1", "hr", "x".repeat(3990));
        assertThat(engine("variable.create", "p1", "hr", "name=b value=2").foldInto(first, 4000)).isNull();
        assertThat(engine("variable.create", "p1", "hr", "name=b").foldInto(first, 4000)).isNotNull();
    }
}
