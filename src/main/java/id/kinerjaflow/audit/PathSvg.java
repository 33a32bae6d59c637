package id.kinerjaflow.audit;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Draws a BPMN diagram as SVG on the server, from the diagram interchange (DI) in the process
 * file: the shapes' bounds and the edges' waypoints. Tasks are rounded rectangles, events circles
 * (an end event thick, a boundary event double), gateways diamonds, sub-processes large rounded
 * frames, sequence flows polylines with an arrow; every element with its name. The path taken is
 * marked: steps done in green, steps running now in blue, and a badge "×n" where a step ran more
 * than once. Names come through {@code names} (element id, name in the file), so that the
 * reader's language can be used. No browser needed, so the auditor's bundle holds the diagram as a file.
 */
final class PathSvg {

    static final String DONE_STROKE = "#2e7d32";
    static final String DONE_FILL = "#e8f5e9";
    static final String CURRENT_STROKE = "#1565c0";
    static final String CURRENT_FILL = "#e3f2fd";
    private static final String PLAIN_STROKE = "#5f6b7a";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final int MARGIN = 20;
    private static final int LEGEND = 40;

    private PathSvg() {
    }

    /** The legend's two texts, in the reader's language. */
    record Legend(String done, String current) {
    }

    private record Box(double x, double y, double w, double h) {
    }

    private record Shape(String id, String type, String name, Box bounds, Box label) {
    }

    private record Edge(String id, String name, List<double[]> points, Box label) {
    }

    /** The SVG of the diagram with the path marked. */
    static String draw(String bpmnXml, Set<String> done, Set<String> current, Map<String, Integer> runs,
                       Legend legend, BiFunction<String, String, String> names) {
        Document doc = parse(bpmnXml);
        Map<String, String[]> elements = new HashMap<>(); // id -> {type, name}
        NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!e.getAttribute("id").isEmpty()) {
                String name = e.getAttribute("name");
                // unnamed elements (merging gateways, plain flows) stay unlabelled
                elements.put(e.getAttribute("id"), new String[]{e.getLocalName(),
                        name.isEmpty() ? name : names.apply(e.getAttribute("id"), name)});
            }
        }
        List<Shape> shapes = new ArrayList<>();
        NodeList shapeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapeNodes.getLength(); i++) {
            Element s = (Element) shapeNodes.item(i);
            String id = s.getAttribute("bpmnElement");
            String[] el = elements.getOrDefault(id, new String[]{"task", ""});
            Box bounds = box(child(s, DC, "Bounds"));
            Element label = child(s, BPMNDI, "BPMNLabel");
            if (bounds != null) {
                shapes.add(new Shape(id, el[0], el[1], bounds, label == null ? null : box(child(label, DC, "Bounds"))));
            }
        }
        List<Edge> edges = new ArrayList<>();
        NodeList edgeNodes = doc.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
        for (int i = 0; i < edgeNodes.getLength(); i++) {
            Element e = (Element) edgeNodes.item(i);
            List<double[]> points = new ArrayList<>();
            NodeList wps = e.getElementsByTagNameNS(DI, "waypoint");
            for (int j = 0; j < wps.getLength(); j++) {
                Element w = (Element) wps.item(j);
                points.add(new double[]{num(w, "x"), num(w, "y")});
            }
            Element label = child(e, BPMNDI, "BPMNLabel");
            String[] el = elements.getOrDefault(e.getAttribute("bpmnElement"), new String[]{"", ""});
            edges.add(new Edge(e.getAttribute("bpmnElement"), el[1], points,
                    label == null ? null : box(child(label, DC, "Bounds"))));
        }

        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            for (Box b : new Box[]{s.bounds(), s.label()}) {
                if (b != null) {
                    minX = Math.min(minX, b.x());
                    minY = Math.min(minY, b.y());
                    maxX = Math.max(maxX, b.x() + b.w());
                    maxY = Math.max(maxY, b.y() + b.h());
                }
            }
        }
        for (Edge e : edges) {
            for (double[] p : e.points()) {
                minX = Math.min(minX, p[0]);
                minY = Math.min(minY, p[1]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
            }
        }
        if (shapes.isEmpty()) {
            minX = minY = 0;
            maxX = maxY = 100;
        }
        double x0 = minX - MARGIN;
        double y0 = minY - MARGIN - 10;
        double width = maxX - minX + 2 * MARGIN;
        double height = maxY - minY + 2 * MARGIN + 10 + LEGEND;

        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\""
                + " width=\"%.0f\" height=\"%.0f\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"11\">%n",
                x0, y0, width, height, width, height));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\""
                + PLAIN_STROKE + "\"/></marker></defs>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>%n",
                x0, y0, width, height));
        // containers first, so that what they hold is drawn on top
        for (Shape s : shapes) {
            if (container(s.type())) {
                shape(svg, s, done, current);
            }
        }
        for (Edge e : edges) {
            edge(svg, e);
        }
        for (Shape s : shapes) {
            if (!container(s.type())) {
                shape(svg, s, done, current);
            }
        }
        for (Shape s : shapes) {
            Integer n = runs.get(s.id());
            if (n != null && n > 1) {
                badge(svg, s.bounds(), "×" + n);
            }
        }
        double ly = maxY + MARGIN + 10;
        legendItem(svg, minX, ly, DONE_STROKE, DONE_FILL, legend.done());
        legendItem(svg, minX + 160, ly, CURRENT_STROKE, CURRENT_FILL, legend.current());
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static boolean container(String type) {
        return "subProcess".equals(type) || "participant".equals(type) || "lane".equals(type)
                || "transaction".equals(type);
    }

    private static void shape(StringBuilder svg, Shape s, Set<String> done, Set<String> current) {
        boolean isCurrent = current.contains(s.id());
        boolean isDone = !isCurrent && done.contains(s.id());
        String stroke = isCurrent ? CURRENT_STROKE : isDone ? DONE_STROKE : PLAIN_STROKE;
        String fill = isCurrent ? CURRENT_FILL : isDone ? DONE_FILL : "#ffffff";
        String width = isCurrent || isDone ? "2.5" : "1.5";
        String state = isCurrent ? "current" : isDone ? "done" : "plain";
        Box b = s.bounds();
        String type = s.type();
        svg.append("<g data-element-id=\"").append(esc(s.id())).append("\" class=\"").append(state).append(' ')
                .append(esc(type)).append("\">");
        if (type.endsWith("Event")) {
            double r = Math.min(b.w(), b.h()) / 2;
            double cx = b.x() + b.w() / 2;
            double cy = b.y() + b.h() / 2;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\""
                    + " stroke-width=\"%s\"/>", cx, cy, r, fill, stroke, "endEvent".equals(type) ? "4" : width));
            if (type.startsWith("intermediate") || "boundaryEvent".equals(type)) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\""
                        + " stroke=\"%s\" stroke-width=\"1\"/>", cx, cy, r - 3, stroke));
            }
            outsideLabel(svg, s, b.x() + b.w() / 2, b.y() + b.h() + 14);
        } else if (type.endsWith("Gateway")) {
            double cx = b.x() + b.w() / 2;
            double cy = b.y() + b.h() / 2;
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\""
                            + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", cx, b.y(), b.x() + b.w(), cy, cx,
                    b.y() + b.h(), b.x(), cy, fill, stroke, width));
            outsideLabel(svg, s, cx, b.y() - 6);
        } else if (container(type)) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\""
                            + " fill=\"%s\" fill-opacity=\"0.35\" stroke=\"%s\" stroke-width=\"%s\"/>", b.x(), b.y(),
                    b.w(), b.h(), fill, stroke, width));
            if (!s.name().isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"bold\">%s</text>",
                        b.x() + 8, b.y() + 16, esc(s.name())));
            }
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", b.x(), b.y(), b.w(), b.h(), fill, stroke, width));
            List<String> lines = wrap(s.name(), (int) Math.max(6, (b.w() - 10) / 6));
            double lineHeight = 13;
            double top = b.y() + b.h() / 2 - (lines.size() - 1) * lineHeight / 2 + 4;
            for (int i = 0; i < lines.size(); i++) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        b.x() + b.w() / 2, top + i * lineHeight, esc(lines.get(i))));
            }
        }
        svg.append("</g>\n");
    }

    /** An event's or gateway's name: in its label bounds if the file has them, else next to the shape. */
    private static void outsideLabel(StringBuilder svg, Shape s, double cx, double y) {
        if (s.name().isEmpty()) {
            return;
        }
        Box l = s.label();
        List<String> lines = wrap(s.name(), l == null ? 22 : (int) Math.max(8, l.w() / 5.5));
        double x = l == null ? cx : l.x() + l.w() / 2;
        double top = l == null ? y : l.y() + 10;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>", x,
                    top + i * 12, esc(lines.get(i))));
        }
    }

    private static void edge(StringBuilder svg, Edge e) {
        if (e.points().size() < 2) {
            return;
        }
        StringBuilder pts = new StringBuilder();
        for (double[] p : e.points()) {
            pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        svg.append("<polyline data-element-id=\"").append(esc(e.id())).append("\" points=\"")
                .append(pts.toString().strip()).append("\" fill=\"none\" stroke=\"").append(PLAIN_STROKE)
                .append("\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>\n");
        if (e.name() != null && !e.name().isEmpty()) {
            double x;
            double y;
            if (e.label() != null) {
                x = e.label().x() + e.label().w() / 2;
                y = e.label().y() + 10;
            } else {
                double[] a = e.points().get(0);
                double[] b = e.points().get(1);
                x = (a[0] + b[0]) / 2;
                y = (a[1] + b[1]) / 2 - 4;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n",
                    x, y, PLAIN_STROKE, esc(e.name())));
        }
    }

    private static void badge(StringBuilder svg, Box b, String text) {
        double cx = b.x() + b.w();
        double cy = b.y();
        svg.append(String.format(Locale.ROOT, "<g class=\"badge\"><rect x=\"%.1f\" y=\"%.1f\" width=\"26\" height=\"16\""
                        + " rx=\"8\" fill=\"#c62828\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#ffffff\""
                        + " font-weight=\"bold\">%s</text></g>%n", cx - 13, cy - 8, cx, cy + 4, esc(text)));
    }

    private static void legendItem(StringBuilder svg, double x, double y, String stroke, String fill, String text) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"14\" rx=\"4\" fill=\"%s\""
                + " stroke=\"%s\" stroke-width=\"2\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x, y, fill, stroke,
                x + 30, y + 11, esc(text)));
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("The process file cannot be read as BPMN", e);
        }
    }

    private static Element child(Element parent, String ns, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static Box box(Element bounds) {
        return bounds == null ? null : new Box(num(bounds, "x"), num(bounds, "y"), num(bounds, "width"),
                num(bounds, "height"));
    }

    private static double num(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 0 : Double.parseDouble(v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
