package id.kinerjaflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.kinerjaflow.base.Messages;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every form shows the same way. */
class FormKitTest {

    @BeforeEach
    void ui() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void whatTheAppDidByItselfIsShownAsTheAppNotAsItsTechnicalUser() {
        UI.getCurrent().setLocale(Messages.INDONESIAN);
        assertThat(FormKit.actor("system")).isEqualTo("sistem KinerjaFlow (otomatis)");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(FormKit.actor("system")).isEqualTo("KinerjaFlow system (automatic)");
        assertThat(FormKit.actor("Siti Rahma")).isEqualTo("Siti Rahma");
        assertThat(FormKit.actor(null)).isNull();
    }
}
