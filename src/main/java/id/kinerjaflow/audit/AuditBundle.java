package id.kinerjaflow.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.kinerjaflow.audit.AppraisalTimeline.Entry;
import id.kinerjaflow.audit.AppraisalTimeline.Path;
import id.kinerjaflow.audit.AppraisalTimeline.Timeline;
import id.kinerjaflow.audit.process.ProcessHistory;
import id.kinerjaflow.base.Csv;
import id.kinerjaflow.base.Messages;
import id.kinerjaflow.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * One appraisal's audit bundle, a ZIP an auditor can file: the timeline as CSV and as a readable
 * HTML page, the decisions with their inputs and outputs, the path on the process version it ran
 * on as SVG (and its unit's calibration path), the revisions of its data, the trail's verification
 * result, and a manifest with the SHA-256 of every file. Texts in the reader's language.
 */
@Service
public class AuditBundle {

    public static final String TIMELINE_CSV = "timeline.csv";
    public static final String TIMELINE_HTML = "timeline.html";
    public static final String DECISIONS_CSV = "decisions.csv";
    public static final String PATH_SVG = "path.svg";
    public static final String CALIBRATION_PATH_SVG = "calibration-path.svg";
    public static final String REVISIONS_CSV = "revisions.csv";
    public static final String VERIFICATION_TXT = "verification.txt";
    public static final String MANIFEST_TXT = "manifest.txt";

    private final AppraisalTimeline timelines;
    private final AuditTrail trail;
    private final Clock clock;

    AuditBundle(AppraisalTimeline timelines, AuditTrail trail, Clock clock) {
        this.timelines = timelines;
        this.trail = trail;
        this.clock = clock;
    }

    /** The bundle's file name: {@code audit-penilaian-<id>.zip}. */
    public static String fileName(Long appraisalId) {
        return "audit-penilaian-" + appraisalId + ".zip";
    }

    /** The bundle of the appraisal, in the locale's language. */
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public byte[] zip(Long appraisalId, Locale locale) {
        Timeline t = timelines.of(appraisalId);
        AuditTrail.Verification verification = trail.verify();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(TIMELINE_CSV, utf8(timelineCsv(t, locale)));
        files.put(TIMELINE_HTML, utf8(timelineHtml(t, locale)));
        files.put(DECISIONS_CSV, utf8(decisionsCsv(t, locale)));
        if (t.path().definitionId() != null) {
            files.put(PATH_SVG, utf8(svg(t.path(), locale)));
        }
        if (t.calibrationPath().definitionId() != null) {
            files.put(CALIBRATION_PATH_SVG, utf8(svg(t.calibrationPath(), locale)));
        }
        files.put(REVISIONS_CSV, utf8(revisionsCsv(t, locale)));
        files.put(VERIFICATION_TXT, utf8(verification(verification, locale)));
        files.put(MANIFEST_TXT, utf8(manifest(t, files, locale)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(clock.millis());
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The path drawn as SVG (the process version's own diagram, with done, current and counts). */
    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public String svg(Path path, Locale locale) {
        return PathSvg.draw(timelines.diagramXml(path), path.done(), path.current(), path.runs(),
                new PathSvg.Legend(Messages.translate("timeline.legend.done", locale),
                        Messages.translate("timeline.legend.current", locale)),
                (id, name) -> AuditTexts.step(id, name, locale));
    }

    private static String t(String key, Locale locale, Object... params) {
        return Messages.translate(key, locale, params);
    }

    static String timelineCsv(Timeline t, Locale l) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        Csv.line(csv, t("timeline.col.at", l), t("timeline.col.kind", l), t("timeline.col.process", l),
                t("timeline.col.stepId", l), t("timeline.col.step", l), t("timeline.col.action", l),
                t("timeline.col.actor", l), t("timeline.col.detail", l), t("timeline.col.duration", l),
                t("timeline.col.durationMs", l));
        for (Entry e : t.entries()) {
            Csv.line(csv, AuditTexts.time(e.at()), AuditTexts.kind(e.kind(), l), AuditTexts.process(e.process(), l),
                    e.stepId(), AuditTexts.step(e.stepId(), e.stepName(), l), AuditTexts.action(e.action(), l),
                    e.actor(), e.detail(), AuditTexts.duration(e.durationMs()),
                    e.durationMs() == null ? "" : e.durationMs().toString());
        }
        return csv.toString();
    }

    static String decisionsCsv(Timeline t, Locale l) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        Csv.line(csv, t("timeline.col.at", l), t("timeline.decision.table", l), t("timeline.col.stepId", l),
                t("timeline.col.actor", l), t("timeline.decision.preview", l), t("timeline.decision.inputs", l),
                t("timeline.decision.outputs", l));
        for (ProcessHistory.Decision d : t.decisions()) {
            Csv.line(csv, AuditTexts.time(d.at()), d.key(), d.activityId(), d.user(),
                    t(d.preview() ? "audit.yes" : "audit.no", l), values(d.inputs()), values(d.outputs()));
        }
        return csv.toString();
    }

    static String revisionsCsv(Timeline t, Locale l) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        Csv.line(csv, t("timeline.rev.rev", l), t("timeline.col.at", l), t("timeline.col.actor", l),
                t("timeline.rev.entity", l), t("timeline.rev.type", l), t("timeline.rev.property", l),
                t("timeline.rev.before", l), t("timeline.rev.after", l));
        for (EntityRevisions.Revision r : t.revisions()) {
            String entity = r.entity() + " #" + r.entityId();
            if (r.changes().isEmpty()) {
                Csv.line(csv, Long.toString(r.rev()), AuditTexts.time(r.at()), r.username(), entity, r.type().name(),
                        "", "", "");
            }
            for (EntityRevisions.Change c : r.changes()) {
                Csv.line(csv, Long.toString(r.rev()), AuditTexts.time(r.at()), r.username(), entity, r.type().name(),
                        c.property(), c.before(), c.after());
            }
        }
        return csv.toString();
    }

    private static String values(java.util.List<ProcessHistory.Value> values) {
        return String.join("; ", values.stream().map(v -> v.name() + "=" + v.value()).toList());
    }

    static String verification(AuditTrail.Verification v, Locale l) {
        StringBuilder s = new StringBuilder();
        s.append(t("timeline.verify.at", l)).append(": ").append(AuditTexts.time(v.verifiedAt())).append('\n');
        s.append(t("timeline.verify.checked", l)).append(": ").append(v.checked()).append('\n');
        s.append(t("timeline.verify.result", l)).append(": ")
                .append(v.intact() ? "INTACT" : v.nothingToCheck() ? "NOTHING CHECKED" : "BROKEN").append(" - ")
                .append(AuditTexts.verification(v, l)).append('\n');
        return s.toString();
    }

    private String manifest(Timeline t, Map<String, byte[]> files, Locale l) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        StringBuilder s = new StringBuilder();
        s.append(t("timeline.bundle.title", l, t.subject().appraisalId())).append('\n');
        s.append(t.subject().employeeName()).append(" (").append(t.subject().nip()).append("), ")
                .append(t.subject().unitName()).append(", ").append(t.subject().cycleName()).append('\n');
        s.append(t("timeline.bundle.madeAt", l)).append(": ").append(AuditTexts.time(clock.instant())).append('\n');
        s.append(t("timeline.bundle.madeBy", l)).append(": ").append(auth == null ? "-" : auth.getName()).append('\n');
        s.append(t("timeline.bundle.process", l)).append(": ").append(t.path().definitionId()).append('\n');
        s.append('\n').append("SHA-256  bytes  file\n");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            s.append(sha256(f.getValue())).append("  ").append(f.getValue().length).append("  ").append(f.getKey())
                    .append('\n');
        }
        return s.toString();
    }

    // ---- the readable page ------------------------------------------------------------------------

    static String timelineHtml(Timeline t, Locale l) {
        AppraisalTimeline.Subject s = t.subject();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Messages.supported(l).getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(PathSvg.esc(t("timeline.bundle.title", l, s.appraisalId()))).append("</title>")
                .append("<style>body{font-family:Arial,Helvetica,sans-serif;margin:1.5em;color:#1a1a1a}"
                        + "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ccc;"
                        + "padding:4px 6px;text-align:left;vertical-align:top}th{background:#f0f3f7}"
                        + "td.k{white-space:nowrap}</style></head><body>\n");
        h.append("<h1>").append(PathSvg.esc(t("timeline.bundle.title", l, s.appraisalId()))).append("</h1>\n");
        h.append("<p>").append(PathSvg.esc(s.employeeName() + " (" + s.nip() + ") - " + s.unitName() + " - "
                + s.cycleName())).append("<br>").append(PathSvg.esc(t("timeline.subject.ratings", l,
                rating(s.originalRating(), l), rating(s.calibratedRating(), l), rating(s.finalRating(), l))))
                .append("</p>\n");
        h.append("<table><thead><tr>");
        for (String col : new String[]{"at", "kind", "step", "action", "actor", "detail", "duration"}) {
            h.append("<th>").append(PathSvg.esc(t("timeline.col." + col, l))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (Entry e : t.entries()) {
            h.append("<tr><td class=\"k\">").append(AuditTexts.time(e.at())).append("</td><td>")
                    .append(PathSvg.esc(AuditTexts.kind(e.kind(), l))).append("</td><td>")
                    .append(PathSvg.esc(e.stepId() == null ? AuditTexts.process(e.process(), l)
                            : AuditTexts.step(e.stepId(), e.stepName(), l))).append("</td><td>")
                    .append(PathSvg.esc(AuditTexts.action(e.action(), l))).append("</td><td>")
                    .append(PathSvg.esc(e.actor())).append("</td><td>").append(PathSvg.esc(e.detail()))
                    .append("</td><td class=\"k\">").append(AuditTexts.duration(e.durationMs())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</body></html>\n");
        return h.toString();
    }

    private static String rating(String code, Locale l) {
        return code == null ? "-" : t("performanceRating." + code, l);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
