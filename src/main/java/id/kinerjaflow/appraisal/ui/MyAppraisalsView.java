package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.util.List;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.AppealRecords;
import id.kinerjaflow.appraisal.RatingChanges;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.Stage;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.rating.PerformanceRating;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

/**
 * Penilaian saya: the signed-in employee's appraisal of the current cycle (the stage on a timeline,
 * the agreed RHK with their indicators and targets, the result once it is published) and the
 * final ratings of past cycles. Only the user's own appraisals: the view takes no id to ask for
 * anyone else's.
 */
@Route("penilaian-saya")
@PermitAll
@Menu(order = 2, icon = "vaadin:user-card", title = "nav.myAppraisals")
public class MyAppraisalsView extends VerticalLayout implements HasDynamicTitle {

    private final AppraisalService appraisals;
    private final AppealRecords appeals;
    private final RatingChanges changes;
    final Div past = new Div();

    public MyAppraisalsView(AppraisalService appraisals, AppealRecords appeals, RatingChanges changes,
                            CurrentUser currentUser) {
        this.appraisals = appraisals;
        this.appeals = appeals;
        this.changes = changes;
        setPadding(true);
        setMaxWidth("64rem");
        addClassName("kf-my-appraisals");

        H2 title = new H2(getTranslation("myAppraisals.title"));
        title.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.XLARGE);
        add(title);

        AppUser user = currentUser.require();
        if (user.employeeId() == null) {
            add(notice("my-no-employee", getTranslation("myAppraisals.noEmployee")));
            return;
        }
        List<Appraisal> mine = appraisals.appraisalsOfEmployee(user.employeeId(), user);
        if (mine.isEmpty()) {
            add(notice("my-none", getTranslation("myAppraisals.none")));
            return;
        }
        Appraisal current = mine.get(0);
        add(overview(current), section(getTranslation("myAppraisals.stageTitle"),
                        new StageTimeline(current.getStage(), current.getStage().ordinal() > Stage.APPEAL.ordinal()
                                && appeals.appealed(current.getId()))),
                agreement(current), result(current));
        add(pastCycles(mine.subList(1, mine.size())));
    }

    private Component overview(Appraisal a) {
        FlexLayout facts = new FlexLayout(
                FormKit.fact(getTranslation("task.employee"), a.getEmployee().getName()),
                FormKit.fact(getTranslation("employee.nip"), a.getEmployee().getNip()),
                FormKit.fact(getTranslation("task.cycle"), a.getCycle().getName()),
                FormKit.fact(getTranslation("employee.unit"), a.getUnit().getName()),
                FormKit.fact(getTranslation("myAppraisals.appraiser"),
                        a.getAppraiser() == null ? getTranslation("myAppraisals.noAppraiser") : a.getAppraiser().getName()),
                FormKit.fact(getTranslation("task.stage"), getTranslation("stage." + a.getStage().name())));
        facts.setId("my-current");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames("kf-context", LumoUtility.BoxSizing.BORDER, LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL,
                LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM);
        facts.setWidthFull();
        return facts;
    }

    /** The agreed RHK rows, each with its indicators and targets, read-only. */
    private Component agreement(Appraisal a) {
        Div body = new Div();
        body.setId("my-agreement");
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        List<AgreementRow> rows = appraisals.rows(a.getId());
        body.add(FormKit.hint(a.getAgreementApprovedAt() != null
                ? getTranslation("myAppraisals.agreementApproved", FormKit.date(a.getAgreementApprovedAt()))
                : getTranslation("myAppraisals.agreementNotApproved")));
        if (rows.isEmpty()) {
            body.add(FormKit.hint(getTranslation("myAppraisals.noRows")));
        }
        for (AgreementRow row : rows) {
            body.add(row(row));
        }
        return section(getTranslation("myAppraisals.agreementTitle"), body);
    }

    private Div row(AgreementRow row) {
        Span kind = new Span(getTranslation("rowKind." + row.getKind().name()));
        kind.getElement().getThemeList().add(row.getKind().name().equals("MAIN") ? "badge" : "badge contrast");
        Span description = new Span(row.getDescription());
        description.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Div head = new Div(kind, new Span(" "), description);
        Div card = new Div(head);
        if (row.getParentRow() != null) {
            card.add(new Div(FormKit.hint(getTranslation("myAppraisals.parent", row.getParentRow().getDescription()))));
        }
        UnorderedList indicators = new UnorderedList();
        indicators.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Padding.Start.LARGE);
        for (Indicator i : row.getIndicators()) {
            ListItem li = new ListItem(getTranslation("myAppraisals.indicator", i.getDescription(),
                    plain(i.getTargetValue()), i.getUnitLabel(), getTranslation("aspect." + i.getAspect().name())));
            if (i.getActualValue() != null) {
                Span actual = FormKit.hint(" \u00b7 " + getTranslation("myAppraisals.actual", plain(i.getActualValue())));
                li.add(actual);
            }
            indicators.add(li);
        }
        card.add(indicators);
        card.setId("rhk-" + row.getId());
        card.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.Padding.Bottom.SMALL);
        return card;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** Original, calibrated and final rating, once the result is published. */
    private Component result(Appraisal a) {
        Div body = new Div();
        body.setId("my-result");
        if (a.getResultPublishedAt() == null) {
            body.add(FormKit.hint(getTranslation("myAppraisals.resultNotYet")));
            return section(getTranslation("myAppraisals.resultTitle"), body);
        }
        FlexLayout facts = new FlexLayout(
                fact("result-original", getTranslation("myAppraisals.original"), rating(a.getOriginalRating())),
                fact("result-calibrated", getTranslation("myAppraisals.calibrated"), rating(a.getCalibratedRating())),
                fact("result-final", getTranslation("myAppraisals.final"), a.getFinalRating() == null
                        ? getTranslation("myAppraisals.finalPending") : rating(a.getFinalRating())),
                FormKit.fact(getTranslation("myAppraisals.published"), FormKit.date(a.getResultPublishedAt())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.XLARGE, LumoUtility.Gap.Row.SMALL);
        body.add(facts, new RatingChangeList(changes.of(a)));
        if (a.getFinalRating() == null && a.getAppealDeadline() != null) {
            body.add(new Div(FormKit.hint(getTranslation("myAppraisals.appealUntil", FormKit.date(a.getAppealDeadline())))));
        }
        return section(getTranslation("myAppraisals.resultTitle"), body);
    }

    private Div fact(String id, String label, String value) {
        Div d = FormKit.fact(label, value);
        d.setId(id);
        return d;
    }

    private String rating(PerformanceRating r) {
        return r == null ? null : getTranslation("performanceRating." + r.name());
    }

    /** Earlier cycles: the cycle and its final rating (or where it stands, if not final). */
    private Component pastCycles(List<Appraisal> earlier) {
        past.setId("my-past");
        past.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        if (earlier.isEmpty()) {
            past.add(FormKit.hint(getTranslation("myAppraisals.noPast")));
        }
        for (Appraisal a : earlier) {
            Span cycle = new Span(a.getCycle().getName());
            cycle.getStyle().set("flex", "1 1 12rem");
            Span outcome = new Span(a.getFinalRating() != null ? rating(a.getFinalRating())
                    : getTranslation("myAppraisals.notFinal", getTranslation("stage." + a.getStage().name())));
            outcome.addClassNames(LumoUtility.FontWeight.MEDIUM);
            Div line = new Div(cycle, outcome);
            line.setId("past-" + a.getId());
            line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.Column.MEDIUM,
                    LumoUtility.Padding.Vertical.XSMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
            past.add(line);
        }
        return section(getTranslation("myAppraisals.pastTitle"), past);
    }

    private static Div section(String title, Component... content) {
        Div card = FormKit.section(title, content);
        card.addClassNames(LumoUtility.BoxSizing.BORDER);
        return card;
    }

    private Div notice(String id, String text) {
        Div d = new Div(VaadinIcon.INFO_CIRCLE_O.create(), new Span(" " + text));
        d.setId(id);
        d.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.BoxSizing.BORDER);
        d.setWidthFull();
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myAppraisals") + " | " + getTranslation("app.name");
    }
}
