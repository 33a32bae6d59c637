package id.kinerjaflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every process, step and decision in {@code bpmn/} has its name in both bundles, so no page shows
 * the modeler's English to an Indonesian reader (or the reverse); an id the bundles do not know
 * (added in the designer) falls back to the model's name, then to the id.
 */
class ModelNamesTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    /** BPMN elements that are not drawn as a step of their own or carry no name a reader sees. */
    private static final Set<String> NOT_STEPS = Set.of("process", "definitions", "message", "incoming", "outgoing",
            "extensionElements", "conditionExpression", "timerEventDefinition", "messageEventDefinition",
            "multiInstanceLoopCharacteristics", "loopCardinality", "completionCondition", "timeDuration", "timeDate",
            "timeCycle", "documentation", "errorEventDefinition", "error", "signal", "escalation", "laneSet", "lane",
            "flowNodeRef", "terminateEventDefinition", "text", "textAnnotation", "association", "collaboration");

    @Test
    void everyProcessStepAndDecisionInTheModelsHasANameInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        int processes = 0;
        int steps = 0;
        int decisions = 0;
        for (Path file : models(".bpmn")) {
            Document doc = parse(file);
            NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                String id = e.getAttribute("id");
                String type = e.getLocalName();
                if (id.isEmpty()) {
                    continue;
                }
                if ("process".equals(type)) {
                    processes++;
                    expect(missing, file, id, ModelNames.PROCESS);
                } else if ("userTask".equals(type)) {
                    steps++;
                    expect(missing, file, id, ModelNames.TASK);
                } else if ("sequenceFlow".equals(type)) {
                    if (!e.getAttribute("name").isBlank()) {
                        steps++;
                        expect(missing, file, id, ModelNames.STEP);
                    }
                } else if (!NOT_STEPS.contains(type)) {
                    steps++;
                    expect(missing, file, id, ModelNames.STEP);
                }
            }
        }
        for (Path file : models(".dmn")) {
            NodeList list = parse(file).getElementsByTagNameNS(DMN, "decision");
            for (int i = 0; i < list.getLength(); i++) {
                decisions++;
                expect(missing, file, ((Element) list.item(i)).getAttribute("id"), ModelNames.DECISION);
            }
        }
        assertThat(processes).as("processes found").isGreaterThanOrEqualTo(3);
        assertThat(steps).as("steps found").isGreaterThan(50);
        assertThat(decisions).as("decisions found").isGreaterThanOrEqualTo(5);
        assertThat(missing).as("ids without a name in the bundles").isEmpty();
    }

    @Test
    void namesComeInTheReadersLanguageAndAnUnknownIdFallsBackToTheModelsNameThenItsId() {
        assertThat(ModelNames.process("employee-appraisal", "Employee appraisal", Messages.INDONESIAN))
                .isEqualTo("Penilaian kinerja pegawai");
        assertThat(ModelNames.process("employee-appraisal", "Penilaian", Messages.ENGLISH))
                .isEqualTo("Employee appraisal");
        assertThat(ModelNames.step("Task_DraftAgreement", "Draft the performance agreement", Messages.INDONESIAN))
                .isEqualTo(Messages.translate("taskName.Task_DraftAgreement", Messages.INDONESIAN))
                .doesNotContain("Draft");
        assertThat(ModelNames.decision("performance-rating", "Performance rating (predikat)", Messages.INDONESIAN))
                .isEqualTo("Predikat kinerja pegawai");
        assertThat(ModelNames.step("Task_AddedByHr", "Verifikasi bukti", Messages.ENGLISH)).isEqualTo("Verifikasi bukti");
        assertThat(ModelNames.step("Task_AddedByHr", " ", Messages.ENGLISH)).isEqualTo("Task_AddedByHr");
        assertThat(ModelNames.decision(null, null, Messages.ENGLISH)).isEmpty();
    }

    @Test
    void aDiagramIsDrawnWithTheNamesInTheReadersLanguageAndItsIdsAndLayoutUnchanged() throws Exception {
        String xml = Files.readString(Path.of("bpmn/appraisal/employee-appraisal.bpmn"));
        String id = ModelNames.localise(xml, Messages.INDONESIAN);
        Document doc = parse(id);
        Element task = byId(doc, "Task_DraftAgreement");
        assertThat(task.getAttribute("name")).isEqualTo(Messages.translate("taskName.Task_DraftAgreement",
                Messages.INDONESIAN));
        assertThat(byId(doc, "employee-appraisal").getAttribute("name")).isEqualTo("Penilaian kinerja pegawai");
        assertThat(byId(doc, "Flow_AgreementReturned").getAttribute("name")).isEqualTo("dikembalikan");
        assertThat(id).doesNotContain("name=\"Draft the performance agreement").contains("BPMNShape")
                .contains("bpmnElement=\"Task_DraftAgreement\"");
        assertThat(ModelNames.localise("<not xml", Messages.INDONESIAN)).isEqualTo("<not xml");
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static void expect(List<String> missing, Path file, String id, String prefix) {
        for (var locale : Messages.LOCALES) {
            boolean found = prefix.equals(ModelNames.STEP)
                    ? ModelNames.known(id, locale, ModelNames.TASK, ModelNames.STEP).isPresent()
                    : ModelNames.known(id, locale, prefix).isPresent();
            if (!found) {
                missing.add(file.getFileName() + ": " + prefix + id + " (" + locale.getLanguage() + ")");
            }
        }
    }

    private static List<Path> models(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        return parse(Files.readString(file));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }
}
