package id.kinerjaflow.cycle.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerjaflow.base.ui.FormKit;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.org.OrgUnit;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A cycle's facts: year, deadlines, windows, the units in scope, who launched and closed it and when. */
class CycleFacts extends Div {

    CycleFacts(AppraisalCycle c, List<OrgUnit> units) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        add(FormKit.fact(getTranslation("cycle.year"), String.valueOf(c.getYear())),
                FormKit.fact(getTranslation("cycle.col.agreementDeadline"), FormKit.date(c.getAgreementDeadline())),
                FormKit.fact(getTranslation("cycle.col.reviewStart"), FormKit.date(c.getReviewPhaseStart())),
                FormKit.fact(getTranslation("cycle.peerFeedbackDays"),
                        getTranslation("cycle.daysValue", c.getPeerFeedbackDays())),
                FormKit.fact(getTranslation("cycle.col.calibration"), FormKit.date(c.getCalibrationDate())),
                FormKit.fact(getTranslation("cycle.appealWindowDays"),
                        getTranslation("cycle.daysValue", c.getAppealWindowDays())),
                FormKit.fact(getTranslation("cycle.units"), scopeText(c, units)),
                FormKit.fact(getTranslation("cycle.launched"), c.getLaunchedAt() == null ? null
                        : getTranslation("cycle.byAt", FormKit.actor(c.getLaunchedBy()),
                                FormKit.dateTime(c.getLaunchedAt()))),
                FormKit.fact(getTranslation("cycle.closed"), c.getClosedAt() == null ? null
                        : getTranslation("cycle.byAt", FormKit.actor(c.getClosedBy()),
                                FormKit.dateTime(c.getClosedAt()))));
    }

    private String scopeText(AppraisalCycle c, List<OrgUnit> units) {
        Map<Long, String> names = new HashMap<>();
        units.forEach(u -> names.put(u.getId(), u.getName()));
        return String.join(", ", c.getScope().stream().map(s -> names.getOrDefault(s.getUnitId(), "?")
                + (s.isWithSubUnits() ? " " + getTranslation("cycle.andSubUnits") : "")).toList());
    }
}
