package id.kinerjaflow.cycle.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import id.kinerjaflow.base.Csv;
import id.kinerjaflow.cycle.CycleProblem;

/**
 * The pre-flight check's findings as CSV for HR to pass on (UTF-8 with a byte order mark so that
 * spreadsheet programs read the Indonesian text right; every field quoted).
 */
final class PreflightCsv {

    private PreflightCsv() {
    }

    static byte[] write(List<CycleProblem> problems, Function<CycleProblem, String> text,
                        Function<String, String> label) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, label.apply("preflight.col.severity"), label.apply("preflight.col.problem"),
                label.apply("preflight.col.nip"), label.apply("preflight.col.name"), label.apply("preflight.col.unit"));
        for (CycleProblem p : problems) {
            line(csv, label.apply("preflight.severity." + p.severity()), text.apply(p), p.nip(), p.employeeName(),
                    p.unitName());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... fields) {
        Csv.line(csv, fields);
    }
}
