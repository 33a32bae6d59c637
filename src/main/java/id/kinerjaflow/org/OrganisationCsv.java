package id.kinerjaflow.org;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.base.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV format of the organisation files (UTF-8, comma-separated, a header row; documented in
 * the README):
 * <ul>
 * <li>units: {@value #UNITS_HEADER}</li>
 * <li>employees: {@value #EMPLOYEES_HEADER} (the column {@code active} may be left out: true)</li>
 * </ul>
 */
final class OrganisationCsv {

    static final String UNITS_HEADER = "code,name,level,parent_code";
    static final String EMPLOYEES_HEADER =
            "nip,name,employment_type,golongan,unit_code,position,jabatan_type,supervisor_nip,email,active";
    static final List<String> UNIT_COLUMNS = List.of(UNITS_HEADER.split(","));
    static final List<String> EMPLOYEE_COLUMNS = List.of(EMPLOYEES_HEADER.split(","));
    static final List<String> OPTIONAL_EMPLOYEE_COLUMNS = List.of("active");
    static final int MAX_ROWS = 100_000;

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private OrganisationCsv() {
    }

    /** A data row: its line number in the file and its values by column name. */
    record Row(long line, Map<String, String> values) {
        String get(String column) {
            return EmployeeData.trim(values.get(column));
        }
    }

    /** The rows of a file, or the problems that stop it from being read at all. */
    record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    static Parsed parse(byte[] content, ImportProblem.ImportFile file, List<String> columns, List<String> optional) {
        List<ImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(new ImportProblem(file, 0, null, "import.NOT_UTF8", List.of())));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of(new ImportProblem(file, 1, null, "import.EMPTY_FILE", List.of())));
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), READ)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase()).toList();
            for (String column : columns) {
                if (!header.contains(column) && !optional.contains(column)) {
                    problems.add(new ImportProblem(file, 1, column, "import.HEADER_MISSING",
                            List.of(column, String.join(",", columns))));
                }
            }
            for (String column : header) {
                if (!columns.contains(column)) {
                    problems.add(new ImportProblem(file, 1, column, "import.HEADER_UNKNOWN",
                            List.of(column, String.join(",", columns))));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            long line = 1;
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new ImportProblem(file, line, null, "import.TOO_MANY_ROWS", List.of(MAX_ROWS)));
                    break;
                }
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(file, line, null, "import.COLUMN_COUNT",
                            List.of(record.size(), header.size())));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    // a cell the app's export defused ('=..., '+..., ...) comes back as it was
                    values.put(header.get(i), Csv.restore(record.get(i)));
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem(file, 0, null, "import.MALFORMED", List.of(String.valueOf(e.getMessage()))));
        }
        return new Parsed(rows, problems);
    }

    /** An export in the app's one CSV dialect ({@link Csv}); the import reads it back unchanged. */
    static String write(List<String> columns, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(columns);
        all.addAll(rows);
        return Csv.write(all);
    }
}
