package id.kinerjaflow.monitor.ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that spreadsheets in Indonesia open as they are: UTF-8 with a byte order mark (Excel then
 * reads the names right), ';' between fields (the list separator where ',' is the decimal comma),
 * a field quoted when it holds ';', a quote or a line break, and a formula-like start ("=", "+",
 * "-", "@") defused with a leading apostrophe.
 */
final class Csv {

    static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String write(List<List<String>> rows) {
        return BOM + rows.stream().map(r -> r.stream().map(Csv::field).collect(Collectors.joining(";")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
