package id.kinerjaflow.security.ui;

import id.kinerjaflow.base.OrganisationSettings;
import id.kinerjaflow.security.Roles;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation access control: the views' annotations, plus one rule the annotations
 * cannot say: HR opens the account administration ({@link AccountsView}) only while the
 * administrator allows it ({@code hr_manages_accounts}). The same control decides the menu, so HR
 * sees the entry only then.
 */
@Configuration
class AccountsAccessConfig {

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withAvailableNavigationAccessCheckers(c -> c instanceof AnnotatedViewAccessChecker
                        || c instanceof AccountsAccessChecker);
    }

    @Bean
    AccountsAccessChecker accountsAccessChecker(OrganisationSettings settings) {
        return new AccountsAccessChecker(settings);
    }

    static final class AccountsAccessChecker implements NavigationAccessChecker {

        private final transient OrganisationSettings settings;

        AccountsAccessChecker(OrganisationSettings settings) {
            this.settings = settings;
        }

        @Override
        public AccessCheckResult check(NavigationContext context) {
            if (context.getNavigationTarget() != AccountsView.class || context.hasRole(Roles.ADMIN)) {
                return context.neutral();
            }
            return settings.flag(OrganisationSettings.HR_MANAGES_ACCOUNTS) ? context.neutral()
                    : context.deny("HR manages accounts only where the administrator allows it");
        }
    }
}
