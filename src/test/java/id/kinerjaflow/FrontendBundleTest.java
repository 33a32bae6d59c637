package id.kinerjaflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.frontend.scanner.ClassFinder;
import com.vaadin.flow.server.frontend.scanner.EntryPointData;
import com.vaadin.flow.server.frontend.scanner.EntryPointType;
import com.vaadin.flow.server.frontend.scanner.FrontendDependencies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * The production bundle holds what each page shows (issue 16). Vaadin's production build keeps
 * only the web components its bytecode scan reaches from the routes, and splits them into one
 * chunk per route that the browser loads when the route opens. The scan follows plain references
 * only; it does not see what Spring injects or what an interface dispatches to (a task form bean,
 * a nav counter), so a component reached that way is missing from the page, or sits in another
 * route's chunk. This test runs Vaadin's own scanner and compares, route by route, what it loads
 * with what the code can show there: every reference, plus every implementation of a reached
 * interface or abstract class and every {@code @Bean} method producing a reached type. A miss
 * fails with the chain of classes that leads to the component and the fix ({@code @Uses} on the
 * route). It also checks that the committed bundles hold every module the scanner asks for.
 */
class FrontendBundleTest {

    private static final String ROOT = "id.kinerjaflow";

    static FrontendDependencies scan;
    static JavaClasses project;

    @BeforeAll
    static void scan() {
        project = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Set<Class<?>> classes = new HashSet<>();
        for (JavaClass c : project) {
            classes.add(c.reflect());
        }
        // the error views Vaadin adds by itself, as the build's class finder sees them on the classpath
        classes.add(RouteNotFoundError.class);
        classes.add(InternalServerError.class);
        scan = new FrontendDependencies(new ClassFinder.DefaultClassFinder(classes), false, null, true);
    }

    @Test
    void everyRouteLoadsTheWebComponentsItsCodeCanShow() {
        Set<String> global = new HashSet<>();
        List<EntryPointData> routes = new ArrayList<>();
        for (EntryPointData entry : scan.getEntryPoints()) {
            if (entry.getType() != EntryPointType.ROUTE || entry.isEager()) {
                global.addAll(entry.getModules());
            }
            if (entry.getType() == EntryPointType.ROUTE) {
                routes.add(entry);
            }
        }
        assertThat(routes).as("the scanner found the routes").hasSizeGreaterThan(10);

        List<String> misses = new ArrayList<>();
        for (EntryPointData route : routes) {
            Set<String> loaded = new HashSet<>(global);
            loaded.addAll(route.getModules());
            checkReachable(name(route), loaded, misses);
        }
        // the layout and the other global entry points are checked against what loads everywhere
        for (EntryPointData entry : scan.getEntryPoints()) {
            if (entry.getType() == EntryPointType.INTERNAL && name(entry).startsWith(ROOT)) {
                checkReachable(name(entry), global, misses);
            }
        }
        assertThat(misses).as("web components the code can show on a route but the production bundle does not"
                + " load there; add @Uses(<the class in the chain>.class) to the route").isEmpty();
    }

    @Test
    void theCommittedBundlesHoldEveryModuleTheScannerAsksFor() throws IOException {
        Set<String> wanted = new TreeSet<>();
        for (EntryPointData entry : scan.getEntryPoints()) {
            wanted.addAll(entry.getModules());
        }
        wanted.removeIf(m -> m.startsWith("@vaadin/vaadin-lumo-styles/") || m.contains("/generated/"));
        for (String bundle : List.of("prod.bundle", "dev.bundle")) {
            Set<String> imports = bundleImports(Path.of("src/main/bundles", bundle));
            List<String> missing = wanted.stream().filter(m -> !present(m, imports)).toList();
            assertThat(missing).as(bundle + " lacks modules the code uses: rebuild it (README, Frontend bundles)")
                    .isEmpty();
        }
    }

    /** Walks the code that can run on this entry point and reports each component whose modules are not loaded. */
    private void checkReachable(String entryPoint, Set<String> loaded, List<String> misses) {
        Map<String, String> parent = new HashMap<>();
        Deque<JavaClass> queue = new ArrayDeque<>();
        JavaClass start = project.get(entryPoint);
        parent.put(start.getName(), null);
        queue.add(start);
        Set<String> reported = new HashSet<>();
        while (!queue.isEmpty()) {
            JavaClass current = queue.poll();
            for (JavaClass used : uses(current)) {
                if (used.isAnnotatedWith(Route.class)) {
                    continue; // another route: a link to it loads its own chunk when the user follows it
                }
                if (used.getName().startsWith(ROOT + ".")) {
                    if (!parent.containsKey(used.getName())) {
                        parent.put(used.getName(), current.getName());
                        queue.add(used);
                    }
                    checkComponent(used, entryPoint, loaded, parent, reported, misses);
                } else {
                    checkComponent(used, entryPoint, loaded, parentWith(parent, used, current), reported, misses);
                }
            }
        }
    }

    private static Map<String, String> parentWith(Map<String, String> parent, JavaClass used, JavaClass from) {
        if (parent.containsKey(used.getName())) {
            return parent;
        }
        Map<String, String> copy = new HashMap<>(parent);
        copy.put(used.getName(), from.getName());
        return copy;
    }

    private void checkComponent(JavaClass used, String entryPoint, Set<String> loaded, Map<String, String> parent,
                                Set<String> reported, List<String> misses) {
        Class<?> type;
        try {
            type = used.reflect();
        } catch (RuntimeException | LinkageError e) {
            return;
        }
        if (!Component.class.isAssignableFrom(type)) {
            return;
        }
        for (String module : modules(type)) {
            if (!present(module, loaded) && reported.add(type.getName() + module)) {
                misses.add(simple(entryPoint) + ": " + module + " of " + type.getSimpleName() + " via "
                        + chain(parent, used.getName()));
            }
        }
    }

    /**
     * What code in this class can bring onto the page: its plain dependencies, and where it is an
     * interface or abstract class, its implementations and the {@code @Bean} methods that make one.
     */
    private Collection<JavaClass> uses(JavaClass c) {
        Set<JavaClass> result = new LinkedHashSet<>();
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
            result.add(d.getTargetClass().getBaseComponentType());
            // generic type arguments (List<TaskForm>) are dependencies of their own in ArchUnit
        }
        if (c.isInterface() || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
            result.addAll(c.getAllSubclasses());
            for (JavaClass maker : project) {
                for (JavaMethod m : maker.getMethods()) {
                    if (m.isAnnotatedWith(Bean.class) && m.getRawReturnType().isAssignableTo(c.getName())) {
                        result.add(maker);
                    }
                }
            }
        }
        result.remove(c);
        return result;
    }

    /** The JavaScript modules a component class needs, its superclasses' included. */
    private static List<String> modules(Class<?> type) {
        List<String> modules = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Component.class; c = c.getSuperclass()) {
            if (Modifier.isAbstract(c.getModifiers()) && c != type && c.getAnnotationsByType(JsModule.class).length == 0) {
                continue;
            }
            for (JsModule m : c.getAnnotationsByType(JsModule.class)) {
                modules.add(m.value());
            }
        }
        return modules;
    }

    /** A module counts as present in its Lumo form too (the scanner rewrites src/ to theme/lumo/). */
    private static boolean present(String module, Set<String> modules) {
        String lumo = module.replace("/src/", "/theme/lumo/");
        String generated = "Frontend/generated/jar-resources/" + module.replaceFirst("^\\./", "");
        return modules.contains(module) || modules.contains(lumo) || modules.contains(generated)
                || modules.contains(module.replaceFirst("^\\./", "Frontend/"));
    }

    private static Set<String> bundleImports(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            JsonNode stats = new ObjectMapper().readTree(in);
            Set<String> imports = new HashSet<>();
            stats.get("bundleImports").forEach(n -> imports.add(n.asText()));
            return imports;
        }
    }

    /** The entry point's class; Vaadin keeps the getter package-private, the field is read as the build reads it. */
    private static String name(EntryPointData entry) {
        try {
            java.lang.reflect.Field name = EntryPointData.class.getDeclaredField("name");
            name.setAccessible(true);
            return (String) name.get(entry);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's EntryPointData changed: adapt this test", e);
        }
    }

    private static String chain(Map<String, String> parent, String name) {
        List<String> names = new ArrayList<>();
        for (String n = name; n != null; n = parent.get(n)) {
            names.add(0, simple(n));
        }
        return String.join(" -> ", names);
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
