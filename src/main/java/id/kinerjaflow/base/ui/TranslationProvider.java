package id.kinerjaflow.base.ui;

import java.util.List;
import java.util.Locale;

import id.kinerjaflow.base.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/** Vaadin's access to {@link Messages}: every label of the UI comes from the message bundles. */
@Component
public class TranslationProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.translate(key, locale, params);
    }
}
