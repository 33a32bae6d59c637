package id.kinerjaflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import id.kinerjaflow.base.Messages;
import org.junit.jupiter.api.Test;

/** What a verification tells the auditor: never "intact" over nothing, always how many and when. */
class AuditTextsTest {

    private static final Instant FIRST = Instant.parse("2026-12-04T14:50:00Z");
    private static final Instant LAST = Instant.parse("2026-12-05T01:12:00Z");
    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void anIntactChainSaysHowManyOfHowManyEntriesFromWhenToWhenInTheReadersLanguageAndZone() {
        AuditTrail.Verification v = new AuditTrail.Verification(1350, 1352, FIRST, LAST, null, null, null, NOW);
        assertThat(v.intact()).isTrue();
        assertThat(AuditTexts.verification(v, Messages.INDONESIAN)).isEqualTo(
                "Rantai hash jejak audit utuh: 1.350 dari 1.352 entri diperiksa, dari 4 Des 2026 21.50 WIB "
                        + "sampai 5 Des 2026 08.12 WIB.");
        assertThat(AuditTexts.verification(v, Messages.ENGLISH))
                .startsWith("The audit trail's hash chain is intact: 1,350 of 1,352 entries checked, from Dec 4, 2026")
                .contains("9:50");
    }

    @Test
    void aChainOfNoEntriesIsNeverCalledIntact() {
        AuditTrail.Verification v = new AuditTrail.Verification(0, 0, null, null, null, null, null, NOW);
        assertThat(v.intact()).isFalse();
        assertThat(v.nothingToCheck()).isTrue();
        String id = AuditTexts.verification(v, Messages.INDONESIAN);
        assertThat(id).startsWith("Tidak ada yang diperiksa").doesNotContain("utuh");
        assertThat(AuditTexts.verification(v, Locale.ENGLISH)).startsWith("Nothing was checked").doesNotContain("intact");
    }

    @Test
    void aBrokenChainNamesTheProblemAndHowFarTheChainWasWholeBeforeIt() {
        AuditTrail.Verification v = new AuditTrail.Verification(41, 1352, FIRST, LAST, AuditTrail.Problem.ALTERED,
                42L, 977L, NOW);
        assertThat(v.intact()).isFalse();
        assertThat(v.nothingToCheck()).isFalse();
        assertThat(AuditTexts.verification(v, Messages.INDONESIAN)).isEqualTo(
                "Rantai hash rusak: entri diubah pada urutan 42 (entri 977). Sebelum masalah ini 41 dari 1.352 entri "
                        + "diperiksa utuh, dari 4 Des 2026 21.50 WIB sampai 5 Des 2026 08.12 WIB.");
    }
}
