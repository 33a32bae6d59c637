package id.kinerjaflow.base.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import id.kinerjaflow.base.BusinessRuleException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refusal points at the field (invalid, its message, the focus) and says so once; an error
 * notification goes away when the user then succeeds or leaves the page.
 */
class FieldErrorsTest {

    @Route("first")
    public static class First extends Div {
    }

    @Route("second")
    public static class Second extends Div {
    }

    /** A text field that remembers being focused (the browser's focus is not visible to a server test). */
    static class Field extends TextField {
        boolean focused;

        Field(String label) {
            super(label);
        }

        @Override
        public void focus() {
            focused = true;
            super.focus();
        }
    }

    static final class Bean {
        String name;
        String place;
    }

    @BeforeEach
    void ui() {
        MockVaadin.setup(new Routes(new HashSet<Class<? extends Component>>(Set.of(First.class, Second.class)),
                new HashSet<>(), true));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static String fixErrors() {
        return UI.getCurrent().getTranslation("form.fixErrors");
    }

    @Test
    void anInvalidFormMarksEachFieldWithItsMessageAndFocusesTheFirst() {
        Field name = new Field("Nama");
        Field place = new Field("Tempat");
        Binder<Bean> binder = new Binder<>();
        binder.forField(name).asRequired("Nama wajib diisi").bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(place).asRequired("Tempat wajib diisi").bind(b -> b.place, (b, v) -> b.place = v);
        UI.getCurrent().add(name, place);

        assertThat(FieldErrors.write(binder, new Bean())).isFalse();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Nama wajib diisi");
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo("Tempat wajib diisi");
        assertThat(name.focused).isTrue();
        assertThat(place.focused).isFalse();
        expectNotifications(fixErrors());

        name.setValue("Siti");
        place.setValue("Gorontalo");
        Bean bean = new Bean();
        assertThat(FieldErrors.write(binder, bean)).isTrue();
        assertThat(bean.name).isEqualTo("Siti");
        expectNoNotifications();
    }

    @Test
    void theFocusGoesToTheFirstInvalidFieldAcrossBinders() {
        Field first = new Field("A");
        Field second = new Field("B");
        Binder<Bean> valid = new Binder<>();
        valid.forField(first).bind(b -> b.name, (b, v) -> b.name = v);
        Binder<Bean> invalid = new Binder<>();
        invalid.forField(second).asRequired("Wajib diisi").bind(b -> b.place, (b, v) -> b.place = v);

        assertThat(FieldErrors.check(valid, invalid)).isFalse();

        assertThat(first.focused).isFalse();
        assertThat(second.focused).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Wajib diisi");
    }

    @Test
    void aServiceRefusalAboutAFieldIsShownOnThatField() {
        Field reason = new Field("Alasan");

        boolean done = FieldErrors.attempt(() -> {
            throw new BusinessRuleException("calibration.REASON_REQUIRED");
        }, Map.of("calibration.REASON_REQUIRED", reason));

        assertThat(done).isFalse();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo(FormKit.text(new BusinessRuleException("calibration.REASON_REQUIRED")))
                .isNotBlank().doesNotStartWith("!");
        assertThat(reason.focused).isTrue();
        expectNotifications(fixErrors());
    }

    @Test
    void aRefusalAboutNoFieldIsANotification() {
        Field reason = new Field("Alasan");
        BusinessRuleException refusal = new BusinessRuleException("appeal.WINDOW_CLOSED", "1 Jan 2027");

        assertThat(FieldErrors.attempt(() -> {
            throw refusal;
        }, Map.of("appeal.REASONS_REQUIRED", reason))).isFalse();

        assertThat(reason.isInvalid()).isFalse();
        expectNotifications(FormKit.text(refusal));
    }

    @Test
    void anErrorClosesWhenTheUserThenSucceeds() {
        FormKit.attempt(() -> {
            throw new BusinessRuleException("appeal.NOT_OPEN");
        });
        assertThat(FormKit.attempt(() -> { })).isTrue();
        expectNoNotifications();

        Notifications.error("Gagal");
        Notifications.success("Tersimpan");
        expectNotifications("Tersimpan");
    }

    @Test
    void anErrorClosesWhenTheUserLeavesThePageButNotTheOneThatSentThemAway() {
        UI ui = UI.getCurrent();
        ui.navigate(First.class);
        Notifications.error("Lama");
        MockVaadin.clientRoundtrip();

        // a refusal that sends the user elsewhere in the same round trip says why they landed there
        Notifications.error("Tugas tidak tersedia");
        ui.navigate(Second.class);
        expectNotifications("Tugas tidak tersedia");
    }

    @Test
    void notificationsStayClearOfTheUserMenuAtTheTopRight() {
        assertThat(Notifications.error("x").getPosition()).isEqualTo(Notifications.POSITION);
        assertThat(Notifications.success("y").getPosition()).isEqualTo(Notifications.POSITION);
        assertThat(Notifications.POSITION.name()).startsWith("BOTTOM");
    }
}
