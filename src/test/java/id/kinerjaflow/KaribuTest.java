package id.kinerjaflow;

import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.base.ui.ErrorView;
import id.kinerjaflow.demo.DemoOrganisation;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.UserDirectory;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the Karibu view tests: the Spring application with the demo organisation, and a
 * signed-in user whose principal and roles Vaadin's access control sees (stack.md, trap 4).
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.kinerjaflow");

    static {
        // the app's ErrorView turns any exception into a polite page with a reference number; view
        // tests must see the exception instead: Karibu fails a test whose UI shows Vaadin's own
        // InternalServerError (ErrorViewIT proves it)
        ROUTES.getErrorRoutes().remove(ErrorView.class);
    }

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDirectory users;
    @Autowired
    protected DemoOrganisation demo;

    @BeforeEach
    void loadDemoOrganisation() {
        demo.load();
    }

    /** Signs in as the user (a demo account) and opens a fresh UI. */
    protected AppUser login(String username) {
        MockVaadin.tearDown();
        AppUser user = users.find(username).orElseThrow();
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> authorities = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> authorities.contains("ROLE_" + role));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        return user;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
