package id.kinerjaflow.designer.migration.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.designer.migration.MigrationSample;
import id.kinerjaflow.designer.migration.MigrationService;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HR opens the migration from the designer's link, reads in words which steps map and which
 * instance stays where and why, starts the batch, follows its progress (polled only while it
 * runs) and sees the run in the history; in English too.
 */
class MigrationViewIT extends KaribuTest {

    @Autowired MigrationService migrations;

    @Test
    void hrReadsTheReportInWordsMigratesAndFollowsTheBatch() {
        MigrationSample p = new MigrationSample(context, "migration-sample-view-" + System.nanoTime() % 100_000);
        String v1 = p.deployFirst();
        p.start(v1, "V-1");
        String checking = p.start(v1, "V-2");
        p.complete(checking, "Task_Prepare");
        String v2 = p.deployWithoutThePreparation();

        login("hr");
        UI.getCurrent().navigate("desainer/migrasi", QueryParameters.simple(Map.of("process", p.key, "from", v1, "to", v2)));
        MigrationView view = _get(MigrationView.class);

        assertThat(view.from.getValue().definitionId()).isEqualTo(v1);
        assertThat(view.to.getValue().definitionId()).isEqualTo(v2);
        assertThat(view.summary.getText())
                .isEqualTo("2 proses berjalan pada versi 1: 1 dapat dipindahkan ke versi 2, 1 tetap.");
        assertThat(_size(view.mappings)).isGreaterThanOrEqualTo(1);
        assertThat(_getFormatted(view.mappings, 0, "source")).isNotBlank();
        assertThat(view.blocked.getChildren()).singleElement().satisfies(li -> assertThat(li.getElement().getText())
                .isEqualTo("1 proses menunggu di \"Siapkan berkas\" (Task_Prepare), yang tidak ada lagi di versi 2;"
                        + " proses ini tetap di versi 1: V-1"));
        assertThat(view.problems.getChildren()).isEmpty();
        assertThat(view.start.getText()).isEqualTo("Pindahkan 1 proses ke versi 2");
        assertThat(view.start.isEnabled()).isTrue();

        ButtonKt._click(view.start);
        assertThat(view.polling()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(view.start.isEnabled()).isFalse();
        assertThat(view.progress.getText()).isEqualTo("0 dari 1 dipindahkan, 0 gagal");

        String batch = migrations.runs(p.key).get(0).batchId();
        p.runBatch(batch);
        view.poll();
        assertThat(view.polling()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(view.progress.getText()).isEqualTo("Selesai: 1 dari 1 dipindahkan, 0 gagal");
        assertThat(p.definitionOf(checking)).isEqualTo(v2);
        assertThat(_size(view.runs)).isEqualTo(1);
        assertThat(_getFormatted(view.runs, 0, "by")).isEqualTo("hr");
        assertThat(_getFormatted(view.runs, 0, "versions")).isEqualTo("v1 → v2");
        assertThat(_getFormatted(view.runs, 0, "state")).isEqualTo("1 proses, selesai (0 gagal)");
        // what is left cannot move: nothing to start
        assertThat(view.start.isEnabled()).isFalse();

        login("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("desainer/migrasi", QueryParameters.simple(Map.of("process", p.key, "from", v1, "to", v2)));
        MigrationView english = _get(MigrationView.class);
        assertThat(english.summary.getText()).isEqualTo("1 instances run on version 1: 0 can move to version 2, 1 stay.");
        assertThat(english.blocked.getChildren()).singleElement().satisfies(li -> assertThat(li.getElement().getText())
                .startsWith("1 instances wait at \"Siapkan berkas\" (Task_Prepare), which version 2 no longer has"));
    }
}
