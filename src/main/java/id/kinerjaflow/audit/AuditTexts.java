package id.kinerjaflow.audit;

import id.kinerjaflow.base.OrganisationZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import id.kinerjaflow.base.Messages;
import id.kinerjaflow.base.ModelNames;

/**
 * The words of the audit's timeline in the reader's language, shared by the timeline view and the
 * bundle's files: a step's name (the app's name for a known task or step, else the name in the
 * process file, so a step HR added still reads), an action, a kind, a time in the organisation's
 * zone (WIB, WITA or WIT), a duration.
 */
public final class AuditTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditTexts() {
    }

    /** The step's name in the reader's language (see {@link ModelNames#step}). */
    public static String step(String stepId, String fileName, Locale locale) {
        if (stepId == null) {
            return fileName == null ? "" : fileName;
        }
        // a decision evaluated outside a step (a suggestion on a form) is named by its decision
        return ModelNames.known(stepId, locale, ModelNames.TASK, ModelNames.STEP, ModelNames.DECISION)
                .orElseGet(() -> ModelNames.step(stepId, fileName, locale));
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

    /**
     * What a verification found, in one sentence: "Rantai hash jejak audit utuh: 1.350 dari 1.350
     * entri diperiksa, dari 4 Des 2026 21.50 sampai 5 Des 2026 08.12.", or that there was nothing to
     * check, or the first problem and how far the chain was whole before it.
     */
    public static String verification(AuditTrail.Verification v, Locale locale) {
        Locale l = Messages.supported(locale);
        if (v.nothingToCheck()) {
            return Messages.translate("timeline.verify.nothing", l, count(v.total(), l));
        }
        if (v.intact()) {
            return Messages.translate("timeline.verify.intact", l, count(v.checked(), l), count(v.total(), l),
                    dateTime(v.first(), l), dateTime(v.last(), l));
        }
        String broken = Messages.translate("timeline.verify.broken", l,
                Messages.translate("timeline.problem." + v.problem().name(), l),
                v.seq() == null ? "-" : v.seq().toString(), v.entryId() == null ? "-" : v.entryId().toString());
        return v.checked() == 0 ? broken : broken + " " + Messages.translate("timeline.verify.before", l,
                count(v.checked(), l), count(v.total(), l), dateTime(v.first(), l), dateTime(v.last(), l));
    }

    /** A count as the reader writes it: "1.350" in Indonesian, "1,350" in English. */
    public static String count(long n, Locale locale) {
        return String.format(Messages.supported(locale), "%,d", n);
    }

    /** A time in the reader's language and the organisation's zone, e.g. "4 Des 2026 21.50". */
    public static String dateTime(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Messages.supported(locale)).format(at.atZone(OrganisationZone.current()))
                + " " + OrganisationZone.currentChoice().name();
    }

    /** A time to the second, in the reader's language and the organisation's zone: "4 Des 2026 21.50.34". */
    public static String moment(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(Messages.supported(locale)).format(at.atZone(OrganisationZone.current())) + " "
                + OrganisationZone.currentChoice().name();
    }

    /**
     * An entry's details in the reader's words: a task's due date as a date ("Tenggat: 3 Mar 2027
     * 00.00"), the process version by the process's name; anything else as recorded.
     */
    public static String detail(AppraisalTimeline.Entry e, Locale locale) {
        if (e.detail() == null) {
            return null;
        }
        if ("task.created".equals(e.action())) {
            try {
                return Messages.translate("timeline.detail.due", locale, dateTime(Instant.parse(e.detail()), locale));
            } catch (java.time.format.DateTimeParseException notADate) {
                return e.detail();
            }
        }
        if ("process.started".equals(e.action())) {
            int v = e.detail().lastIndexOf(" v");
            if (v > 0) {
                return Messages.translate("timeline.detail.version", locale,
                        ModelNames.process(e.detail().substring(0, v), null, locale), e.detail().substring(v + 2));
            }
        }
        return e.detail();
    }

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(OrganisationZone.current()));
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
