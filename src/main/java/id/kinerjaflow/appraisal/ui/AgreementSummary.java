package id.kinerjaflow.appraisal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerjaflow.appraisal.AgreementRound;
import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.appraisal.RowKind;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The agreement as it stands, read-only: the RHK rows as cards (they stack on a phone), the
 * attachments, and the rounds with their decisions. Shared by the appraiser's review and the
 * senior appraiser's follow-up, so both see the agreement the same way.
 */
final class AgreementSummary {

    private final Component owner;

    private AgreementSummary(Component owner) {
        this.owner = owner;
    }

    /** The summary in the language of the form that shows it. */
    static AgreementSummary of(Component owner) {
        return new AgreementSummary(owner);
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** The RHK rows as cards, or a quiet line when none is drafted yet. */
    Div rows(List<AgreementRow> rows) {
        Div list = new Div();
        list.setId("agreement-rows");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        if (rows.isEmpty()) {
            list.add(FormKit.hint(t("agreementReview.noRows")));
            return list;
        }
        for (AgreementRow row : rows) {
            list.add(rowCard(row));
        }
        return list;
    }

    private Div rowCard(AgreementRow row) {
        Div card = new Div();
        card.setId("agreement-row-" + row.getPosition());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Padding.SMALL);
        Span kind = new Span(t("rowKind." + row.getKind()));
        kind.getElement().getThemeList().add("badge" + (row.getKind() == RowKind.MAIN ? "" : " contrast"));
        H4 title = new H4(t("agreementForm.row", row.getPosition()));
        title.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        FlexLayout head = new FlexLayout(title, kind);
        head.addClassNames(LumoUtility.Gap.SMALL, LumoUtility.AlignItems.CENTER, LumoUtility.FlexWrap.WRAP);
        Div description = new Div(row.getDescription());
        description.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.Margin.Vertical.XSMALL);
        card.add(head, description);
        if (row.getParentRow() != null) {
            card.add(FormKit.hint(t("agreementReview.parent", row.getParentRow().getDescription())));
        }
        UnorderedList indicators = new UnorderedList();
        indicators.addClassNames(LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Padding.Left.LARGE);
        for (Indicator i : row.getIndicators()) {
            Span what = new Span(i.getDescription());
            Span target = new Span(" \u2014 " + t("agreementReview.target", plain(i.getTargetValue()), i.getUnitLabel(),
                    t("aspect." + i.getAspect())));
            target.addClassNames(LumoUtility.TextColor.SECONDARY);
            indicators.add(new ListItem(what, target));
        }
        if (row.getIndicators().isEmpty()) {
            card.add(FormKit.hint(t("agreementReview.noIndicators")));
        } else {
            card.add(indicators);
        }
        return card;
    }

    /** The three attachments (lampiran) of the agreement. */
    Div attachments(Appraisal a) {
        Div box = new Div(
                note("attachment-resources-view", t("agreementForm.resources"), a.getResourcesNote()),
                note("attachment-accountability-view", t("agreementForm.accountability"), a.getAccountabilityNote()),
                note("attachment-consequences-view", t("agreementForm.consequences"), a.getConsequencesNote()));
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }

    private Div note(String id, String label, String value) {
        Div fact = FormKit.fact(label, value);
        fact.setId(id);
        fact.addClassNames(LumoUtility.Whitespace.PRE_LINE);
        return fact;
    }

    /** The rounds so far, oldest first: when submitted, and what the appraiser decided and wrote. */
    Div rounds(List<AgreementRound> rounds, UserDirectory users) {
        Div list = new Div();
        list.setId("agreement-rounds");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        if (rounds.isEmpty()) {
            list.add(FormKit.hint(t("agreementReview.noRounds")));
            return list;
        }
        Map<String, String> names = names(rounds, users);
        for (AgreementRound r : rounds) {
            Div item = new Div();
            item.setId("agreement-round-" + r.getRoundNo());
            item.addClassNames(LumoUtility.Padding.Left.SMALL, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_20);
            Span head = new Span(t("agreementReview.round", r.getRoundNo(), FormKit.dateTime(r.getSubmittedAt()),
                    r.getRowCount()));
            head.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(new Div(head));
            if (r.getDecision() == null) {
                item.add(new Div(new Span(t("agreementReview.awaiting"))));
            } else {
                Span decision = new Span(t("agreementReview.decision." + r.getDecision()));
                decision.getElement().getThemeList().add("badge" + (r.getDecision() == AgreementRound.Decision.APPROVED
                        ? " success" : " error"));
                Span by = new Span(" " + t("agreementReview.decidedBy",
                        FormKit.actor(names.getOrDefault(r.getDecidedBy(), r.getDecidedBy())),
                        FormKit.dateTime(r.getDecidedAt())));
                by.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                item.add(new Div(decision, by));
                if (r.getComment() != null) {
                    Div comment = new Div(r.getComment());
                    comment.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.Margin.Top.XSMALL);
                    item.add(comment);
                }
            }
            list.add(item);
        }
        return list;
    }

    /** Display names of the people who submitted and decided, in one look-up. */
    static Map<String, String> names(Collection<AgreementRound> rounds, UserDirectory users) {
        List<String> usernames = new ArrayList<>();
        for (AgreementRound r : rounds) {
            if (r.getDecidedBy() != null) {
                usernames.add(r.getDecidedBy());
            }
            usernames.add(r.getSubmittedBy());
        }
        return users.find(usernames).stream().collect(Collectors.toMap(AppUser::username, AppUser::displayName,
                (x, y) -> x));
    }

    /** 12 rather than 12.00 or 1.2E+1. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
