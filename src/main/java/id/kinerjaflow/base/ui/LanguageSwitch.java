package id.kinerjaflow.base.ui;

import id.kinerjaflow.base.Messages;
import java.util.Locale;

import com.vaadin.flow.component.select.Select;

/** Bahasa Indonesia / English. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(Messages.LOCALES);
        setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "Bahasa Indonesia");
        addThemeName("small");
        setId("language-switch");
        setWidth("12rem");
        addAttachListener(e -> {
            setAriaLabel(getTranslation("language.choose"));
            setValue(Messages.supported(getLocale()));
        });
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                LocaleSupport.switchTo(e.getValue());
            }
        });
    }
}
