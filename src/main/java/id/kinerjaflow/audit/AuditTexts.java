package id.kinerjaflow.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import id.kinerjaflow.base.Messages;

/**
 * The words of the audit's timeline in the reader's language, shared by the timeline view and the
 * bundle's files: a step's name (the app's name for a known task or step, else the name in the
 * process file, so a step HR added still reads), an action, a kind, a time in Western Indonesian
 * Time, a duration.
 */
public final class AuditTexts {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private AuditTexts() {
    }

    /** The step's name: {@code taskName.<id>} or {@code auditStep.<id>} when the app knows it, else the file's. */
    public static String step(String stepId, String fileName, Locale locale) {
        if (stepId == null) {
            return fileName == null ? "" : fileName;
        }
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Messages.supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : new String[]{"taskName." + stepId, "auditStep." + stepId}) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return fileName == null || fileName.isBlank() ? stepId : fileName;
    }

    public static String action(String action, Locale locale) {
        return Messages.translate("timeline.action." + action, locale);
    }

    public static String kind(AppraisalTimeline.Kind kind, Locale locale) {
        return Messages.translate("timeline.kind." + kind.name(), locale);
    }

    public static String process(AppraisalTimeline.Process process, Locale locale) {
        return Messages.translate("timeline.process." + process.name(), locale);
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** "3 d 4 h", "2 h 5 min", "4 min 10 s", "12 s", "0.3 s"; empty when unknown. */
    public static String duration(Long ms) {
        if (ms == null) {
            return "";
        }
        long s = ms / 1000;
        if (s == 0) {
            return ms == 0 ? "0 s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long d = s / 86_400;
        long h = s % 86_400 / 3600;
        long m = s % 3600 / 60;
        if (d > 0) {
            return d + " d " + h + " h";
        }
        if (h > 0) {
            return h + " h " + m + " min";
        }
        return m > 0 ? m + " min " + s % 60 + " s" : s + " s";
    }
}
