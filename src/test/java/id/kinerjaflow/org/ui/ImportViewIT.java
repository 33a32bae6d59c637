package id.kinerjaflow.org.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import id.kinerjaflow.KaribuTest;
import id.kinerjaflow.TestData;
import id.kinerjaflow.org.ImportChange;
import id.kinerjaflow.org.ImportProblem;
import id.kinerjaflow.org.OrganisationService;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

class ImportViewIT extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    private ImportView open() {
        login("hr");
        UI.getCurrent().navigate(ImportView.class);
        return _get(ImportView.class);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = new ClassPathResource("samples/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void hrUploadsTheSampleFilesChecksThemAndImports() throws IOException {
        ImportView view = open();
        _upload(view.unitsUpload, "units.csv", "text/csv", sample("units.csv"));
        _upload(view.employeesUpload, "employees.csv", "text/csv", sample("employees.csv"));
        assertThat(view.runImport.isEnabled()).as("import waits for a clean check").isFalse();

        _click(view.check);
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(view.runImport.isEnabled()).isTrue();
        // the clean check previews the rows it would write, not counts only
        assertThat(view.preview.isVisible()).isTrue();
        java.util.List<ImportChange> rows = view.preview.getGenericDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allMatch(c -> c.line() > 1);
        assertThat(rows).anyMatch(c -> c.file() == ImportProblem.ImportFile.UNITS && c.key().equals("DISPUSIP")
                && c.name().equals("Dinas Perpustakaan dan Kearsipan"));
        assertThat(rows).anyMatch(c -> c.file() == ImportProblem.ImportFile.EMPLOYEES);

        _click(view.runImport);
        assertThat(view.summary.getText()).startsWith("Impor selesai.");
        assertThat(organisation.unitByCode("DISPUSIP")).isPresent();
        assertThat(view.runImport.isEnabled()).isFalse();

        // the same file with one unit renamed: the preview names that one row and the column
        String renamed = new String(sample("units.csv"), StandardCharsets.UTF_8)
                .replace("DISPUSIP,Dinas Perpustakaan dan Kearsipan,", "DISPUSIP,Dinas Perpustakaan dan Arsip Daerah,");
        view = open();
        _upload(view.unitsUpload, "units.csv", "text/csv", renamed.getBytes(StandardCharsets.UTF_8));
        _click(view.check);
        assertThat(view.preview.getGenericDataView().getItems().toList()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ImportChange.Kind.UPDATED);
            assertThat(c.key()).isEqualTo("DISPUSIP");
            assertThat(c.line()).isEqualTo(3);
            assertThat(c.columns()).containsExactly("name");
        });
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.preview, 0, "kind"))
                .isEqualTo("Diubah");
    }

    @Test
    void aBadFileListsEveryProblemWithItsLineAndCannotBeImported() {
        ImportView view = open();
        String unit = TestData.unitCode("BAD");
        String csv = "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email\n"
                + "12345,Nama Satu,PNS,III/a,PROV-GTO,Staf,PELAKSANA,,\n"
                + TestData.pnsNip() + ",Nama Dua,PNS,III/a," + unit + ",Staf,PELAKSANA,,\n";
        long before = organisation.countEmployees(null);
        _upload(view.employeesUpload, "pegawai.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        _click(view.check);

        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.shownProblems()).extracting(ImportProblem::line).contains(2L, 3L);
        assertThat(view.shownProblems()).extracting(ImportProblem::code)
                .contains("nip.LENGTH", "employee.UNIT_UNKNOWN");
        assertThat(view.summary.getText()).contains("masalah");
        assertThat(view.runImport.isEnabled()).isFalse();
        assertThat(organisation.countEmployees(null)).isEqualTo(before);
    }
}
