package id.kinerjaflow.calibration.ui;

import java.util.List;

import id.kinerjaflow.calibration.CalibrationService.Deviation;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** How the unit stands against each band of the curve, in words: a tick or a warning per band. */
class DeviationList extends UnorderedList {

    private final CurveText words;

    DeviationList(CurveText words) {
        this.words = words;
        setId("deviations");
        addClassNames(LumoUtility.Margin.Vertical.SMALL, LumoUtility.Padding.NONE, LumoUtility.ListStyleType.NONE,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
    }

    void show(List<Deviation> bands) {
        removeAll();
        for (Deviation d : bands) {
            Span icon = new Span((d.fits() ? VaadinIcon.CHECK : VaadinIcon.WARNING).create());
            icon.getChildren().forEach(i -> i.getElement().getStyle().set("width", "1em").set("height", "1em"));
            ListItem item = new ListItem(icon, new Span(words.standing(d)));
            item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
            item.setId("deviation-" + d.band());
            item.getElement().setAttribute("data-fits", Boolean.toString(d.fits()));
            item.addClassNames(d.fits() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
            add(item);
        }
    }
}
