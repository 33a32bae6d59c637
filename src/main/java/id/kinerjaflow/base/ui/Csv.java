package id.kinerjaflow.base.ui;

/** The views' name for {@link id.kinerjaflow.base.Csv} (which services use too). */
public final class Csv {

    public static final String BOM = id.kinerjaflow.base.Csv.BOM;

    private Csv() {
    }

    public static void line(StringBuilder csv, String... fields) {
        id.kinerjaflow.base.Csv.line(csv, fields);
    }
}
