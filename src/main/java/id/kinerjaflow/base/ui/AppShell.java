package id.kinerjaflow.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** The page around every view: Lumo plus KinerjaFlow's few styles, Indonesian as the page language. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("KinerjaFlow");
        // a plain stylesheet from META-INF/resources: no frontend bundle to rebuild
        settings.addLink("stylesheet", "styles/kinerjaflow.css");
    }
}
