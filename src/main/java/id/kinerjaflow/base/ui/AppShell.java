package id.kinerjaflow.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: Lumo plus KinerjaFlow's few styles, Indonesian as the page language.
 * The theme switches on Lumo's utility classes, badges and typography for the whole page: Vaadin's
 * prebuilt bundle had them, an application bundle (needed since the charts' npm package) has
 * them only when a theme asks for them.
 */
@Theme("kinerjaflow")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("KinerjaFlow");
        // a plain stylesheet from META-INF/resources: no frontend bundle to rebuild
        settings.addLink("stylesheet", "styles/kinerjaflow.css");
        // without an icon link every browser asks for /favicon.ico, which answers 404 on every page
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
