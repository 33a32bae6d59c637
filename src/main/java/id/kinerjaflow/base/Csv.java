package id.kinerjaflow.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of the application (Apache Commons CSV), one dialect for every file it hands
 * out: UTF-8 starting with a byte order mark (so spreadsheet programs read the Indonesian text
 * right), ',' between fields, every field quoted, quotes doubled, CRLF line ends.
 *
 * <p>A cell that a spreadsheet would take for a formula or that hides one ({@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return at the start) is neutralised with a leading
 * apostrophe (OWASP "CSV injection"). {@link #restore} takes that apostrophe off again when a file
 * the app wrote comes back in (the organisation import), so an export imports unchanged.
 * (In base rather than base/ui so that services writing files, such as the audit bundle, use it.)
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    /** The dialect: comma, every field quoted, CRLF. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** Appends one record to {@code csv} (which should start with {@link #BOM}). */
    public static void line(StringBuilder csv, String... fields) {
        line(csv, Arrays.asList(fields));
    }

    /** Appends one record to {@code csv} (which should start with {@link #BOM}). */
    public static void line(StringBuilder csv, List<String> fields) {
        try {
            CSVPrinter printer = new CSVPrinter(csv, FORMAT);
            printer.printRecord(fields.stream().map(Csv::neutralise));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole file: the byte order mark, then one record per row. */
    public static String write(List<? extends List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** {@link #write} as the UTF-8 bytes of a download. */
    public static byte[] bytes(List<? extends List<String>> rows) {
        return write(rows).getBytes(StandardCharsets.UTF_8);
    }

    /** The cell as written: null as empty, a formula-like start defused with a leading apostrophe. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The value of a cell {@link #neutralise} wrote: the defusing apostrophe taken off, nothing else. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
