package id.kinerjaflow.designer.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.ModelVersion;
import id.kinerjaflow.designer.Problem;
import id.kinerjaflow.process.AppBeans;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.springframework.stereotype.Component;

/**
 * The designer's door to the engine: the deployed versions of every process and decision with the
 * instances running on each, a version's XML, the engine's own parse of a draft without deploying
 * it, the deployment of an approved draft, and what the application provides (its delegate beans,
 * the messages of the current processes).
 */
@Component
public class EngineModels {

    private final RepositoryService repository;
    private final ManagementService management;
    private final ProcessEngineConfigurationImpl configuration;
    private final AppBeans appBeans;

    EngineModels(RepositoryService repository, ManagementService management,
                 ProcessEngineConfigurationImpl configuration, AppBeans appBeans) {
        this.repository = repository;
        this.management = management;
        this.configuration = configuration;
        this.appBeans = appBeans;
    }

    /** Every version of every process and decision, newest first within a key. */
    public List<ModelVersion> versions() {
        Map<String, Deployment> deployments = deployments();
        Map<String, Long> running = runningPerVersion();
        List<ModelVersion> all = new ArrayList<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().list()) {
            all.add(version(DraftKind.BPMN, p.getKey(), p.getName(), p.getId(), p.getVersion(), p.getDeploymentId(),
                    p.getResourceName(), running.getOrDefault(p.getId(), 0L), deployments));
        }
        for (DecisionDefinition d : repository.createDecisionDefinitionQuery().list()) {
            all.add(version(DraftKind.DMN, d.getKey(), d.getName(), d.getId(), d.getVersion(), d.getDeploymentId(),
                    d.getResourceName(), 0, deployments));
        }
        all.sort(Comparator.comparing(ModelVersion::kind).thenComparing(ModelVersion::key)
                .thenComparing(Comparator.comparingInt(ModelVersion::version).reversed()));
        return all;
    }

    /** The versions of one key, newest first. */
    public List<ModelVersion> versions(DraftKind kind, String key) {
        Map<String, Deployment> deployments = deployments();
        List<ModelVersion> list = new ArrayList<>();
        if (kind == DraftKind.BPMN) {
            Map<String, Long> running = runningPerVersion();
            for (ProcessDefinition p : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .orderByProcessDefinitionVersion().desc().list()) {
                list.add(version(kind, key, p.getName(), p.getId(), p.getVersion(), p.getDeploymentId(),
                        p.getResourceName(), running.getOrDefault(p.getId(), 0L), deployments));
            }
        } else {
            for (DecisionDefinition d : repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .orderByDecisionDefinitionVersion().desc().list()) {
                list.add(version(kind, key, d.getName(), d.getId(), d.getVersion(), d.getDeploymentId(),
                        d.getResourceName(), 0, deployments));
            }
        }
        return list;
    }

    /** Every deployment by its id, in one query (tens of them: one per release and per HR deployment). */
    private Map<String, Deployment> deployments() {
        return repository.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    }

    /** The running instances of each process version, in one grouped query (the engine's statistics). */
    private Map<String, Long> runningPerVersion() {
        Map<String, Long> running = new HashMap<>();
        for (ProcessDefinitionStatistics s : management.createProcessDefinitionStatisticsQuery().list()) {
            running.put(s.getId(), (long) s.getInstances());
        }
        return running;
    }

    private static ModelVersion version(DraftKind kind, String key, String name, String id, int version,
                                        String deploymentId, String resource, long running,
                                        Map<String, Deployment> deployments) {
        Deployment d = deployments.get(deploymentId);
        return new ModelVersion(kind, key, name == null ? key : name, id, version, deploymentId,
                d == null ? null : d.getName(), d == null ? null : d.getSource(),
                d == null || d.getDeploymentTime() == null ? null : d.getDeploymentTime().toInstant(), resource, running);
    }

    /** The current (latest) version of a key. */
    public Optional<ModelVersion> latest(DraftKind kind, String key) {
        return versions(kind, key).stream().findFirst();
    }

    /** One version by its definition id. */
    public Optional<ModelVersion> version(String definitionId) {
        ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (p != null) {
            return versions(DraftKind.BPMN, p.getKey()).stream().filter(v -> v.definitionId().equals(definitionId))
                    .findFirst();
        }
        DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId)
                .singleResult();
        if (d != null) {
            return versions(DraftKind.DMN, d.getKey()).stream().filter(v -> v.definitionId().equals(definitionId))
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The file of a deployed version, as it was deployed. */
    public String xml(ModelVersion version) {
        return text(version.deploymentId(), version.resourceName());
    }

    String text(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The engine's own parse of a model, without deploying it: the BPMN parser with the engine's
     * expression manager (which also reads every expression), or the DMN engine's transformation.
     * Returns the engine's complaints, each with its element where the engine names one.
     */
    public List<Problem> engineParse(DraftKind kind, String xml) {
        try {
            // a transaction of its own: the engine's refusal rolls back only this parse, never the
            // caller's transaction (the check stores its report in it)
            configuration.getCommandExecutorTxRequiresNew().execute(commandContext -> {
                if (kind == DraftKind.BPMN) {
                    BpmnParser parser = new BpmnParser(configuration.getExpressionManager(),
                            configuration.getBpmnParseFactory());
                    DeploymentEntity deployment = new DeploymentEntity();
                    deployment.setName("designer-check");
                    BpmnParse parse = parser.createParse().deployment(deployment).sourceString(xml);
                    parse.name("draft.bpmn").execute();
                } else {
                    // the DMN transformation reads engine settings (history time to live) from the command context
                    DmnEngine dmn = configuration.getDmnEngine();
                    dmn.parseDecisionRequirementsGraph(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
                }
                return null;
            });
            return List.of();
        } catch (ParseException e) {
            List<Problem> problems = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (org.camunda.bpm.engine.Problem p : report.getErrors()) {
                    problems.add(new Problem("designer.problem.ENGINE", p.getMainElementId(),
                            List.of(p.getMessage() == null ? "" : p.getMessage())));
                }
            }
            if (problems.isEmpty()) {
                problems.add(new Problem("designer.problem.ENGINE", null, List.of(String.valueOf(e.getMessage()))));
            }
            return problems;
        } catch (RuntimeException e) {
            return List.of(new Problem("designer.problem.ENGINE", null, List.of(String.valueOf(e.getMessage()))));
        }
    }

    /** A new deployment of one file; returns its deployment id and the id of the definition it made. */
    public Deployed deploy(String deploymentName, String source, String resourceName, DraftKind kind, String key,
                           String xml) {
        Deployment deployment = repository.createDeployment().name(deploymentName).source(source)
                .addString(resourceName, xml).deploy();
        String definitionId = kind == DraftKind.BPMN
                ? repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).processDefinitionKey(key)
                        .singleResult().getId()
                : repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).decisionDefinitionKey(key)
                        .singleResult().getId();
        return new Deployed(deployment.getId(), definitionId);
    }

    /** What a deployment made. */
    public record Deployed(String deploymentId, String definitionId) {
    }

    /** The beans a model may name as a delegate or listener: the application's own (process/AppBeans). */
    public Set<String> delegateBeans() {
        return appBeans.delegateBeans();
    }

    /** The message names the current version of every process declares. */
    public Set<String> currentMessages() {
        Set<String> names = new LinkedHashSet<>();
        for (ProcessDefinition p : repository.createProcessDefinitionQuery().latestVersion().list()) {
            repository.getBpmnModelInstance(p.getId()).getModelElementsByType(Message.class).stream()
                    .map(Message::getName).filter(n -> n != null && !n.isBlank()).forEach(names::add);
        }
        return names;
    }

    /** A step of the current version of a process: its id, label and form key (null when it has none). */
    public record Step(String id, String name, String formKey) {
    }

    /** The given steps as the current version of the process has them; ids it lacks are left out. */
    public List<Step> currentSteps(String processKey, Set<String> ids) {
        ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (p == null) {
            return List.of();
        }
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = repository.getBpmnModelInstance(p.getId());
        List<Step> steps = new ArrayList<>();
        for (String id : ids) {
            if (model.getModelElementById(id) instanceof org.camunda.bpm.model.bpmn.instance.FlowElement e) {
                String form = e instanceof org.camunda.bpm.model.bpmn.instance.UserTask t ? t.getCamundaFormKey() : null;
                steps.add(new Step(id, e.getName(), form));
            }
        }
        return steps;
    }

    /** The form keys of the user tasks of the current version of a process. */
    public Set<String> currentFormKeys(String processKey) {
        ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (p == null) {
            return Set.of();
        }
        return repository.getBpmnModelInstance(p.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.UserTask::getCamundaFormKey).filter(k -> k != null && !k.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The keys of every deployed process or decision. */
    public Set<String> keys(DraftKind kind) {
        if (kind == DraftKind.BPMN) {
            return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                    .map(ProcessDefinition::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                .map(DecisionDefinition::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
