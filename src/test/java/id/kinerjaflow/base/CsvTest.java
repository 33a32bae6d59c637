package id.kinerjaflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void oneDialectByteOrderMarkCommaEveryFieldQuotedCrlf() {
        String csv = Csv.write(List.of(List.of("nama", "catatan"), java.util.Arrays.asList("Siti \"Ani\"", null)));
        assertThat(csv).isEqualTo("\uFEFF\"nama\",\"catatan\"\r\n\"Siti \"\"Ani\"\"\",\"\"\r\n");
        assertThat(new String(Csv.bytes(List.of(List.of("é"))), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"é\"\r\n");
    }

    @ParameterizedTest(name = "a cell starting with [{0}] is neutralised")
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void formulaStartsAreNeutralisedAndRestored(String cell) throws Exception {
        StringBuilder csv = new StringBuilder();
        Csv.line(csv, "a", cell);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv.toString())).getRecords();
        assertThat(records.get(0).get(1)).isEqualTo("'" + cell);
        assertThat(Csv.restore(records.get(0).get(1))).isEqualTo(cell);
    }

    @Test
    void ordinaryCellsAndApostrophesOfTheirOwnStayAsTheyAre() {
        assertThat(Csv.neutralise("Budi")).isEqualTo("Budi");
        assertThat(Csv.neutralise("a=b")).isEqualTo("a=b");
        assertThat(Csv.neutralise(null)).isEmpty();
        assertThat(Csv.restore("'Budi")).isEqualTo("'Budi");
        assertThat(Csv.restore("'")).isEqualTo("'");
        assertThat(Csv.restore("Budi")).isEqualTo("Budi");
    }
}
