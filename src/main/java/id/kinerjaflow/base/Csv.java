package id.kinerjaflow.base;

/**
 * CSV lines as spreadsheet programs read them: every field quoted, quotes doubled, a leading
 * =, +, - or @ defused (it would be a formula), CRLF line ends. The file starts with {@link #BOM}
 * so that the Indonesian text reads right. (Here rather than in base/ui so that services writing
 * files, such as the audit bundle, use it too.)
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0) {
                f = "'" + f;
            }
            csv.append('"').append(f.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
