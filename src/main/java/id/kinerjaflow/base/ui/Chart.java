package id.kinerjaflow.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Chart.js (MIT; Vaadin's own Charts is commercial) through our
 * small web component {@code <kf-chart>} ({@code src/main/frontend/kf-chart.js}). The Java side
 * says what to draw with a small typed API; {@link #config()} is the Chart.js configuration it
 * sends, readable in tests. A chart is a picture: put the same figures in a table beside it.
 *
 * <pre>
 * chart.bars(labels, horizontal).stacked(true)
 *      .dataset(Chart.Dataset.of("Agreement", Chart.PALETTE.get(0), counts))
 *      .ariaLabel("Appraisals per unit and stage");
 * </pre>
 */
@Tag("kf-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./kf-chart.js")
public class Chart extends Component implements HasSize {

    /**
     * Colours that sit well with Lumo and stay apart for colour-blind readers (after Okabe and
     * Ito), in the order to use them. Lumo's own colours may be given as {@code var(--lumo-...)}.
     */
    public static final List<String> PALETTE = List.of("#1676f3", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00", "#7f6fd1", "#b8a400", "#5f6b7a", "#0072b2");
    public static final String PRIMARY = "var(--lumo-primary-color)";
    public static final String SUCCESS = "var(--lumo-success-color)";
    public static final String SUCCESS_SOFT = "var(--lumo-success-color-50pct)";
    public static final String ERROR = "var(--lumo-error-color)";
    public static final String CONTRAST = "var(--lumo-contrast-50pct)";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of chart the screens use. */
    public enum Type {
        BAR("bar"), DOUGHNUT("doughnut");

        private final String js;

        Type(String js) {
            this.js = js;
        }
    }

    /** A bar from {@code from} to {@code to} (Chart.js "floating bar"), e.g. the range a curve allows. */
    public record Range(double from, double to) {
    }

    /**
     * One series: its name (legend), one value per label (a {@link Number}, a {@link Range} or
     * null for none), and one colour for all, or one per value ({@code colours}).
     */
    public record Dataset(String label, List<?> values, String colour, List<String> colours) {

        public static Dataset of(String label, String colour, List<? extends Number> values) {
            return new Dataset(label, values, colour, null);
        }

        public static Dataset ranges(String label, String colour, List<Range> values) {
            return new Dataset(label, values, colour, null);
        }

        /** A series whose values each have their own colour (a doughnut's slices). */
        public static Dataset coloured(String label, List<? extends Number> values, List<String> colours) {
            return new Dataset(label, values, null, colours);
        }
    }

    private Type type = Type.BAR;
    private List<String> labels = List.of();
    private final List<Dataset> datasets = new ArrayList<>();
    private boolean horizontal;
    private boolean stacked;
    private boolean percentAxis;
    private boolean legend = true;

    public Chart() {
        setWidthFull();
        setHeight("18rem");
    }

    /** Bars, one group per label; horizontal bars read better with long labels (unit names). */
    public Chart bars(List<String> labels, boolean horizontal) {
        this.type = Type.BAR;
        this.labels = List.copyOf(labels);
        this.horizontal = horizontal;
        datasets.clear();
        return this;
    }

    /** A doughnut of one dataset, one slice per label. */
    public Chart doughnut(List<String> labels) {
        this.type = Type.DOUGHNUT;
        this.labels = List.copyOf(labels);
        this.horizontal = false;
        datasets.clear();
        return this;
    }

    public Chart dataset(Dataset dataset) {
        datasets.add(dataset);
        return this;
    }

    /** Bars of the datasets on top of each other instead of side by side. */
    public Chart stacked(boolean stacked) {
        this.stacked = stacked;
        return this;
    }

    /** The value axis counts percent, from 0 to 100. */
    public Chart percentAxis(boolean percentAxis) {
        this.percentAxis = percentAxis;
        return this;
    }

    public Chart legend(boolean legend) {
        this.legend = legend;
        return this;
    }

    /** What the chart shows, for screen readers (the canvas is an image to them). */
    public Chart ariaLabel(String text) {
        getElement().setAttribute("aria-label", text);
        getElement().setAttribute("role", "img");
        return this;
    }

    /** Sends the configuration to the browser; call after the last change. */
    public Chart draw() {
        getElement().setProperty("config", configJson());
        return this;
    }

    public Type type() {
        return type;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Dataset> datasets() {
        return List.copyOf(datasets);
    }

    /** The Chart.js configuration as JSON, as sent to the browser. */
    public String configJson() {
        try {
            return JSON.writeValueAsString(config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Chart.js configuration: {@code {type, data: {labels, datasets}, options, kf}}. */
    public ObjectNode config() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", type.js);
        ObjectNode data = root.putObject("data");
        ArrayNode ls = data.putArray("labels");
        labels.forEach(ls::add);
        ArrayNode ds = data.putArray("datasets");
        for (Dataset d : datasets) {
            ObjectNode n = ds.addObject();
            n.put("label", d.label());
            ArrayNode values = n.putArray("data");
            for (Object v : d.values()) {
                if (v == null) {
                    values.addNull();
                } else if (v instanceof Range r) {
                    values.addArray().add(r.from()).add(r.to());
                } else if (v instanceof Long || v instanceof Integer) {
                    values.add(((Number) v).longValue());
                } else {
                    values.add(((Number) v).doubleValue());
                }
            }
            if (d.colours() != null) {
                ArrayNode bg = n.putArray("backgroundColor");
                d.colours().forEach(bg::add);
            } else if (d.colour() != null) {
                n.put("backgroundColor", d.colour());
                n.put("borderColor", d.colour());
            }
            if (type == Type.BAR) {
                n.put("borderRadius", 3);
                n.put("maxBarThickness", 28);
            }
            if (type == Type.DOUGHNUT) {
                n.put("borderWidth", 1);
            }
        }
        ObjectNode options = root.putObject("options");
        ObjectNode plugins = options.putObject("plugins");
        ObjectNode legendNode = plugins.putObject("legend");
        legendNode.put("display", legend);
        legendNode.put("position", "bottom");
        if (type == Type.BAR) {
            if (horizontal) {
                options.put("indexAxis", "y");
            }
            ObjectNode scales = options.putObject("scales");
            ObjectNode category = scales.putObject(horizontal ? "y" : "x");
            ObjectNode value = scales.putObject(horizontal ? "x" : "y");
            category.put("stacked", stacked);
            value.put("stacked", stacked);
            value.put("beginAtZero", true);
            if (percentAxis) {
                value.put("max", 100);
            } else {
                value.putObject("ticks").put("precision", 0);
            }
        }
        if (type == Type.DOUGHNUT) {
            options.put("cutout", "55%");
        }
        root.putObject("kf").put("percentAxis", percentAxis);
        return root;
    }
}
