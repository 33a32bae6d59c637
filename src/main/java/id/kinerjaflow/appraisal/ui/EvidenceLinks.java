package id.kinerjaflow.appraisal.ui;

import java.util.List;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.AppraisalService.EvidenceFile;
import id.kinerjaflow.security.AppUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Evidence files under a small label, each a link that downloads it; the content is read only
 * when someone opens a file, under the appraisal's access rule.
 */
class EvidenceLinks extends Div {

    EvidenceLinks(String label, List<EvidenceFile> files, Long appraisalId, AppraisalService appraisals,
                  AppUser user) {
        Span l = new Span(label);
        l.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div links = new Div();
        if (files.isEmpty()) {
            links.add(new Span(getTranslation("supervisorReview.noEvidence")));
        }
        for (EvidenceFile f : files) {
            Anchor a = new Anchor(event -> {
                AppraisalService.EvidenceDownload d = appraisals.evidenceDownload(appraisalId, f.id(), user);
                event.setFileName(d.fileName());
                event.setContentType(d.contentType());
                event.setContentLength(d.content().length);
                event.getOutputStream().write(d.content());
            }, f.fileName());
            a.setId("evidence-file-" + f.id());
            a.addClassNames(LumoUtility.Margin.End.SMALL);
            links.add(a);
        }
        add(l, links);
        addClassName("kf-fact");
    }
}
