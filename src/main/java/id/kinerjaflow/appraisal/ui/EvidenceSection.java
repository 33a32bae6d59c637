package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalService.EvidenceFile;
import id.kinerjaflow.appraisal.SelfReviewService;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.base.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The self-review's evidence (bukti dukung): the limits, which indicator a file supports (or the
 * whole appraisal), the upload, and the files kept so far with their size and a way to remove each.
 * Files are stored as they arrive; the service checks type, size and the total again.
 */
class EvidenceSection extends Div {

    private static final long MB = 1024L * 1024;

    /** An indicator as the evidence chooser offers it. */
    record IndicatorChoice(Long id, String label) {
    }

    private final Long appraisalId;
    private final SelfReviewService selfReviews;
    private final AppraisalService appraisals;
    private final Map<Long, String> indicatorLabels;

    final ComboBox<IndicatorChoice> evidenceFor = new ComboBox<>();
    final Upload upload;
    final Div list = new Div();
    final Span used = new Span();

    /** {@code indicatorLabels}: the indicators a file may support, by id, as "1.2 description". */
    EvidenceSection(Long appraisalId, SelfReviewService selfReviews, AppraisalService appraisals,
                    Map<Long, String> indicatorLabels) {
        this.appraisalId = appraisalId;
        this.selfReviews = selfReviews;
        this.appraisals = appraisals;
        this.indicatorLabels = indicatorLabels;
        setWidthFull();

        String types = String.join(", ", new TreeSet<>(SelfReviewService.ALLOWED_TYPES.keySet()).stream()
                .filter(t -> !t.equals("jpeg")).toList());
        Span limits = FormKit.hint(getTranslation("selfReviewForm.evidenceLimits", types,
                SelfReviewService.MAX_FILE_BYTES / MB, SelfReviewService.MAX_TOTAL_BYTES / MB));
        limits.setId("evidence-limits");

        evidenceFor.setId("evidence-indicator");
        evidenceFor.setLabel(getTranslation("selfReviewForm.evidenceFor"));
        evidenceFor.setHelperText(getTranslation("selfReviewForm.evidenceForHelp"));
        evidenceFor.setPlaceholder(getTranslation("selfReviewForm.evidenceGeneral"));
        evidenceFor.setClearButtonVisible(true);
        evidenceFor.setItems(indicatorLabels.entrySet().stream()
                .map(e -> new IndicatorChoice(e.getKey(), e.getValue())).toList());
        evidenceFor.setItemLabelGenerator(IndicatorChoice::label);
        evidenceFor.setWidthFull();
        evidenceFor.setMaxWidth("40rem");

        upload = upload();
        list.setId("evidence-list");
        list.setWidthFull();
        used.setId("evidence-used");
        used.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        refresh();
        Div section = FormKit.section(getTranslation("selfReviewForm.evidence"), new Div(limits), evidenceFor, upload,
                list, new Div(used));
        section.setId("evidence");
        add(section);
    }

    private Upload upload() {
        // the server refuses an oversized file before reading it all; the service checks again
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, data) ->
                received(metadata.fileName(), data)) {
            @Override
            public long getFileSizeMax() {
                return SelfReviewService.MAX_FILE_BYTES;
            }
        };
        Upload u = new Upload(handler);
        u.setId("evidence-upload");
        String types = String.join(", ", new TreeSet<>(SelfReviewService.ALLOWED_TYPES.keySet()));
        u.setI18n(UploadTexts.of(SelfReviewService.MAX_FILE_BYTES, getTranslation("selfReviewForm.wrongType", types)));
        u.setMaxFileSize((int) SelfReviewService.MAX_FILE_BYTES);
        List<String> accepted = new ArrayList<>();
        SelfReviewService.ALLOWED_TYPES.forEach((extension, mime) -> {
            accepted.add("." + extension);
            accepted.add(mime);
        });
        u.setAcceptedFileTypes(accepted.stream().distinct().sorted().toArray(String[]::new));
        u.addFileRejectedListener(e -> Notifications.error(getTranslation("selfReviewForm.rejected",
                e.getFileName() == null ? "" : e.getFileName(), e.getErrorMessage())));
        u.setWidthFull();
        return u;
    }

    /** A file arrived: stored with the chosen indicator, or refused with the reason. */
    void received(String fileName, byte[] data) {
        Long indicatorId = evidenceFor.getValue() == null ? null : evidenceFor.getValue().id();
        boolean stored = FormKit.attempt(() -> selfReviews.uploadEvidence(appraisalId, indicatorId, fileName, data));
        // the list below shows what was kept; the upload's own list would call a refused file done
        upload.clearFileList();
        if (stored) {
            Notifications.success(getTranslation("selfReviewForm.uploaded", fileName));
            refresh();
        }
    }

    private void refresh() {
        list.removeAll();
        List<EvidenceFile> files = appraisals.evidenceFiles(appraisalId);
        if (files.isEmpty()) {
            list.add(FormKit.hint(getTranslation("selfReviewForm.noEvidence")));
        }
        long total = 0;
        for (EvidenceFile f : files) {
            total += f.sizeBytes();
            list.add(line(f));
        }
        used.setText(getTranslation("selfReviewForm.evidenceUsed", size(total), SelfReviewService.MAX_TOTAL_BYTES / MB));
    }

    private FlexLayout line(EvidenceFile f) {
        Span name = new Span(f.fileName());
        name.addClassNames(LumoUtility.FontWeight.MEDIUM);
        name.getStyle().set("word-break", "break-all");
        String target = f.indicatorId() == null ? getTranslation("selfReviewForm.evidenceGeneral")
                : indicatorLabels.getOrDefault(f.indicatorId(), "");
        Span meta = new Span(target + " \u00b7 " + size(f.sizeBytes()) + " \u00b7 " + FormKit.dateTime(f.uploadedAt()));
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div text = new Div(new Div(name), new Div(meta));
        text.getStyle().set("flex", "1 1 14rem");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(f));
        remove.setId("remove-evidence-" + f.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("selfReviewForm.remove", f.fileName()));
        remove.setTooltipText(getTranslation("selfReviewForm.remove", f.fileName()));
        FlexLayout line = new FlexLayout(VaadinIcon.FILE_TEXT_O.create(), text, remove);
        line.setId("evidence-" + f.id());
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Border.BOTTOM,
                LumoUtility.BorderColor.CONTRAST_10);
        line.setWidthFull();
        return line;
    }

    private void remove(EvidenceFile f) {
        if (FormKit.attempt(() -> selfReviews.removeEvidence(appraisalId, f.id()))) {
            Notifications.success(getTranslation("selfReviewForm.removed", f.fileName()));
            refresh();
        }
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (bytes < MB) {
            return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.CEILING))
                    + " kB";
        }
        return format.format(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.HALF_UP)) + " MB";
    }
}
