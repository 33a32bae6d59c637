package id.kinerjaflow.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerjaflow.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Unexpected errors: a reference number for the user, the stack trace in the log under it only. */
class ErrorViewIT extends KaribuTest {

    private static final String SECRET = "rahasia internal uji 4711";

    /** A page that fails while opening (registered for the test's session only, never an app route). */
    @AnonymousAllowed
    public static class FailingView extends Div {
        public FailingView() {
            throw new IllegalStateException(SECRET);
        }
    }

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger errorViewLog = (Logger) LoggerFactory.getLogger(ErrorView.class);

    @BeforeEach
    void captureTheLog() {
        logged.start();
        errorViewLog.addAppender(logged);
    }

    @AfterEach
    void stopCapturing() {
        errorViewLog.detachAppender(logged);
    }

    @Test
    void theUserSeesAReferenceNumberAndTheLogHasTheStackTraceUnderIt() {
        login("staf");
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(null, new ErrorParameter<>(Exception.class, new IllegalStateException(SECRET)));

        assertThat(status).isEqualTo(500);
        assertThat(view.reference()).matches("KF-[2-9A-HJKMNP-Z]{6}");
        String shown = LocatorJ._get(view, Paragraph.class).getText();
        assertThat(shown).contains(view.reference()).doesNotContain(SECRET).doesNotContain("Exception");
        assertThat(LocatorJ._get(view, H1.class).getText()).isEqualTo("Halaman ini tidak dapat ditampilkan");

        List<ILoggingEvent> events = logged.list;
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).startsWith(view.reference());
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo(SECRET);
            assertThat(e.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }

    @Test
    void everyErrorGetsItsOwnNumber() {
        assertThat(ErrorReference.next()).isNotEqualTo(ErrorReference.next()).startsWith("KF-").hasSize(9);
    }

    @Test
    void viewTestsStillFailOnAnUnexpectedException() {
        login("staf");
        RouteConfiguration.forSessionScope().setRoute("uji-galat", FailingView.class);
        UI.getCurrent().navigate("uji-galat");
        // Karibu fails the test at the next lookup: Vaadin's InternalServerError is shown, not ErrorView
        assertThatThrownBy(() -> LocatorJ._find(H1.class)).isInstanceOf(AssertionError.class).hasMessageContaining(SECRET);
        assertThat(logged.list).isEmpty();
    }
}
