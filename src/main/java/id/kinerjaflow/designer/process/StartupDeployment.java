package id.kinerjaflow.designer.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.kinerjaflow.designer.DraftKind;
import id.kinerjaflow.designer.ModelFiles;
import id.kinerjaflow.designer.ModelVersion;
import id.kinerjaflow.designer.ReleaseDrafts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys the files of bpmn/ at start, instead of the Spring Boot starter's auto-deployment (which
 * is switched off in application.yaml), so that a restart never silently replaces a version HR
 * deployed with the designer. For each file and each process or decision in it:
 * <ul>
 * <li>nothing deployed yet, or the current version came from bpmn/ and the file differs: the file
 *     is deployed as the new version (as the starter did);</li>
 * <li>the current version is exactly the file: nothing happens;</li>
 * <li>the current version is HR's (deployed by the designer) and the file is the one the last
 *     start-up deployed: HR's version stays current, nothing happens;</li>
 * <li>the current version is HR's and the file changed since (a release changed it): the file is
 *     <em>not</em> deployed; it becomes a draft "from the release" for HR to review, and the log says so.</li>
 * </ul>
 */
@Component
public class StartupDeployment implements SmartInitializingSingleton {

    /** The name and source of the start-up deployments. */
    public static final String DEPLOYMENT_NAME = "kinerjaflow-startup";
    public static final String SOURCE = "bpmn/";

    private static final Logger LOG = LoggerFactory.getLogger(StartupDeployment.class);

    private final RepositoryService repository;
    private final EngineModels engine;
    private final ReleaseDrafts releases;
    private final TransactionTemplate transaction;
    private final List<String> patterns;
    private final boolean enabled;

    StartupDeployment(RepositoryService repository, EngineModels engine, ReleaseDrafts releases,
                      PlatformTransactionManager transactions,
                      @Value("${kinerjaflow.designer.startup-resources:classpath*:bpmn/**/*.bpmn,classpath*:bpmn/**/*.dmn}")
                      List<String> patterns,
                      @Value("${kinerjaflow.designer.startup-deployment:true}") boolean enabled) {
        this.repository = repository;
        this.engine = engine;
        this.releases = releases;
        this.transaction = new TransactionTemplate(transactions);
        this.patterns = patterns;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            Outcome outcome = deploy(files());
            LOG.info("Start-up deployment of bpmn/: deployed {}, kept HR's versions of {}, drafts from the release {}",
                    outcome.deployed(), outcome.keptDesignerVersions(), outcome.draftsFromRelease());
        }
    }

    /** The model files of bpmn/ on the class path, named {@code bpmn/<folder>/<file>}. */
    public List<ModelFiles.ModelFile> files() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<ModelFiles.ModelFile> files = new ArrayList<>();
        try {
            for (String pattern : patterns) {
                for (Resource r : resolver.getResources(pattern.trim())) {
                    String url = r.getURL().toString();
                    int at = url.lastIndexOf("/bpmn/");
                    String name = at < 0 ? r.getFilename() : url.substring(at + 1);
                    try (InputStream in = r.getInputStream()) {
                        files.add(new ModelFiles.ModelFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(ModelFiles.ModelFile::name));
        return files;
    }

    /** What a start-up deployment did, by resource name. */
    public record Outcome(List<String> deployed, List<String> keptDesignerVersions, List<String> draftsFromRelease) {
    }

    private enum Decision { DEPLOY, CURRENT, KEEP_DESIGNER_VERSION, DRAFT_FROM_RELEASE }

    /** Deploys the files as described above, in one transaction and at most one deployment. */
    public Outcome deploy(List<ModelFiles.ModelFile> files) {
        return transaction.execute(status -> {
            List<String> deployed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            List<String> released = new ArrayList<>();
            DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source(SOURCE);
            for (ModelFiles.ModelFile file : files) {
                Optional<ModelFiles.Declared> declared = ModelFiles.declared(file.xml());
                if (declared.isEmpty() || declared.get().keys().isEmpty()) {
                    LOG.warn("{} is neither a process nor a decision model; not deployed", file.name());
                    continue;
                }
                DraftKind kind = declared.get().kind();
                Decision decision = Decision.CURRENT;
                String draftKey = null;
                for (String key : declared.get().keys()) {
                    Decision d = decide(kind, key, file.xml());
                    if (d == Decision.DRAFT_FROM_RELEASE || d == Decision.KEEP_DESIGNER_VERSION) {
                        if (decision != Decision.DRAFT_FROM_RELEASE) {
                            decision = d;
                        }
                        draftKey = draftKey == null ? key : draftKey;
                    } else if (d == Decision.DEPLOY && decision == Decision.CURRENT) {
                        decision = d;
                    }
                }
                switch (decision) {
                    case DEPLOY -> {
                        builder.addString(file.name(), file.xml());
                        deployed.add(file.name());
                    }
                    case KEEP_DESIGNER_VERSION -> kept.add(file.name());
                    case DRAFT_FROM_RELEASE -> {
                        kept.add(file.name());
                        ModelVersion current = engine.latest(kind, draftKey).orElseThrow();
                        if (releases.record(kind, draftKey, current.definitionId(), current.name(), file.xml())) {
                            released.add(file.name());
                            LOG.warn("{} changed in this release, but HR's version {} of {} is current: the file "
                                    + "is kept as a draft from the release for HR to review, not deployed",
                                    file.name(), current.version(), draftKey);
                        }
                    }
                    case CURRENT -> {
                        // nothing to do
                    }
                }
            }
            if (!deployed.isEmpty()) {
                builder.deploy();
            }
            return new Outcome(deployed, kept, released);
        });
    }

    private Decision decide(DraftKind kind, String key, String xml) {
        List<ModelVersion> versions = engine.versions(kind, key);
        if (versions.isEmpty()) {
            return Decision.DEPLOY;
        }
        ModelVersion latest = versions.get(0);
        if (engine.xml(latest).equals(xml)) {
            return Decision.CURRENT;
        }
        if (!latest.fromDesigner()) {
            return Decision.DEPLOY;
        }
        Optional<ModelVersion> lastRelease = versions.stream().filter(v -> !v.fromDesigner()).findFirst();
        if (lastRelease.isPresent() && engine.xml(lastRelease.get()).equals(xml)) {
            return Decision.KEEP_DESIGNER_VERSION;
        }
        return Decision.DRAFT_FROM_RELEASE;
    }
}
