package id.kinerjaflow.calibration.ui;

import java.util.List;

import id.kinerjaflow.base.ModelNames;
import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.calibration.CalibrationBoardService.Unrated;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Who the unit's curve still waits for: each appraisal without a rating, with its stage, the task
 * it waits at and who holds it, its due date and how late it is, and a link to open it (the task
 * for whoever may work on it, else the appraisal's audit trail for HR, the administrator and the
 * auditor). Reminders are not sent from here: they come with the notifications.
 */
class UnratedList extends Div {

    private final ChangeHistory people;
    private final boolean mayReadTrail;

    /** {@code people} knows the display names; {@code mayReadTrail}: the user may open an appraisal's trail. */
    UnratedList(ChangeHistory people, boolean mayReadTrail) {
        this.people = people;
        this.mayReadTrail = mayReadTrail;
        setId("board-unrated");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
    }

    void show(List<Unrated> rows) {
        removeAll();
        people.learnNames(rows.stream().map(Unrated::holder).toList());
        rows.forEach(r -> add(row(r)));
        setVisible(!rows.isEmpty());
    }

    private Div row(Unrated r) {
        Span who = new Span(r.employeeName() + " (" + r.nip() + ")");
        who.addClassNames(LumoUtility.FontWeight.MEDIUM);
        Span where = new Span(getTranslation("stage." + r.stage().name()) + (r.taskKey() == null ? ""
                : " \u00b7 " + ModelNames.step(r.taskKey(), r.taskName(), getLocale())
                + (r.otherTasks() > 0 ? " " + getTranslation("calibrationBoard.unrated.more", r.otherTasks()) : "")));
        where.addClassNames(LumoUtility.FontSize.SMALL);
        Span holder = new Span(holder(r));
        holder.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div row = new Div(new Div(who), new Div(where), new Div(holder));
        String due = due(r);
        if (!due.isEmpty()) {
            Span when = new Span(due);
            when.setId("unrated-due-" + r.appraisalId());
            when.addClassNames(LumoUtility.FontSize.SMALL,
                    r.daysOverdue() > 0 ? LumoUtility.TextColor.ERROR : LumoUtility.TextColor.SECONDARY);
            row.add(new Div(when));
        }
        Anchor open = open(r);
        if (open != null) {
            row.add(new Div(open));
        }
        row.setId("unrated-" + r.appraisalId());
        row.addClassNames(LumoUtility.Border.LEFT, LumoUtility.BorderColor.ERROR_50, LumoUtility.Padding.Start.SMALL);
        row.getStyle().set("border-left-width", "3px");
        return row;
    }

    /** "Dipegang oleh Budi", "Kelompok: Pejabat Penilai Kinerja", or that no task is open. */
    String holder(Unrated r) {
        if (r.holder() != null) {
            return getTranslation("calibrationBoard.unrated.heldBy", people.who(r.holder()));
        }
        if (!r.groups().isEmpty()) {
            return getTranslation("dashboard.holder.group", String.join(", ",
                    r.groups().stream().map(g -> getTranslation("role." + g)).toList()));
        }
        return getTranslation("calibrationBoard.unrated.noTask");
    }

    /** "Terlambat 3 hari (tenggat 2 Des 2026)", "Tenggat 20 Des 2026", or nothing without a due date. */
    String due(Unrated r) {
        if (r.due() == null) {
            return "";
        }
        return r.daysOverdue() > 0
                ? getTranslation("calibrationBoard.unrated.overdue", r.daysOverdue(), FormKit.date(r.due()))
                : getTranslation("calibrationBoard.unrated.due", FormKit.date(r.due()));
    }

    private Anchor open(Unrated r) {
        Anchor a;
        if (r.mayOpenTask()) {
            a = new Anchor("tugas/" + r.taskId(), getTranslation("calibrationBoard.unrated.openTask"));
        } else if (mayReadTrail) {
            a = new Anchor("audit/" + r.appraisalId(), getTranslation("calibrationBoard.unrated.openTrail"));
        } else {
            return null;
        }
        a.setId("unrated-open-" + r.appraisalId());
        a.addClassNames(LumoUtility.FontSize.SMALL);
        return a;
    }
}
