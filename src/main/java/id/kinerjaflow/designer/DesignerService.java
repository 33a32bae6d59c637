package id.kinerjaflow.designer;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.designer.ModelFiles.Declared;
import id.kinerjaflow.designer.process.EngineModels;
import id.kinerjaflow.security.CurrentUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.Roles;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's process and decision designer: the deployed versions of every model, drafts (opened from a
 * version, uploaded from Camunda Modeler, or left by a release), the check, the four-eyes approval,
 * the deployment of an approved draft as a new version, and the comparison of two versions. Only HR
 * and administrators use it; every step is refused to anyone else, auditors included.
 */
@Service
@Transactional(readOnly = true)
public class DesignerService {

    /** Who deployed the versions that came from bpmn/ at start-up. */
    public static final String SYSTEM_DEPLOYER = "sistem (bpmn/)";
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 2_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DesignDraftRepository drafts;
    private final EngineModels engine;
    private final KnownForms forms;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Set<String> allowedCalls;

    DesignerService(DesignDraftRepository drafts, EngineModels engine, KnownForms forms, UserDirectory users,
                    CurrentUser currentUser, Clock clock,
                    @Value("${kinerjaflow.designer.allowed-calls:appraisalStage.enter,actingFor.groups}") String allowedCalls) {
        this.drafts = drafts;
        this.engine = engine;
        this.forms = forms;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.allowedCalls = Arrays.stream(allowedCalls.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    // ---- definitions and versions ---------------------------------------------------------------

    /** A deployed version with who deployed it (a person through the designer, or the system at start-up). */
    public record VersionInfo(ModelVersion version, String deployedBy, Long draftId) {
    }

    /** A process or decision with its versions, the current (newest) first. */
    public record Definition(DraftKind kind, String key, String name, List<VersionInfo> versions) {

        public VersionInfo current() {
            return versions.get(0);
        }

        public long running() {
            return versions.stream().mapToLong(v -> v.version().running()).sum();
        }
    }

    /** Every process and decision definition with its versions. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Definition> definitions() {
        Map<String, List<VersionInfo>> byKey = new LinkedHashMap<>();
        for (ModelVersion v : engine.versions()) {
            byKey.computeIfAbsent(v.kind() + ":" + v.key(), k -> new ArrayList<>()).add(info(v));
        }
        return byKey.values().stream().map(list -> new Definition(list.get(0).version().kind(),
                list.get(0).version().key(), list.get(0).version().name(), List.copyOf(list))).toList();
    }

    /** The versions of one key, newest first. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<VersionInfo> versions(DraftKind kind, String key) {
        return engine.versions(kind, key).stream().map(this::info).toList();
    }

    private VersionInfo info(ModelVersion v) {
        if (v.fromDesigner()) {
            Optional<DesignDraft> draft = drafts.findFirstByDeploymentId(v.deploymentId());
            return new VersionInfo(v, draft.map(DesignDraft::getDeployedBy).orElse("?"),
                    draft.map(DesignDraft::getId).orElse(null));
        }
        return new VersionInfo(v, SYSTEM_DEPLOYER, null);
    }

    /** The file of a deployed version. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public String xml(String definitionId) {
        return engine.xml(version(definitionId));
    }

    /** A deployed version by its definition id. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public ModelVersion version(String definitionId) {
        return engine.version(definitionId)
                .orElseThrow(() -> new BusinessRuleException("designer.VERSION_NOT_FOUND", definitionId));
    }

    /** The name a downloaded file gets: key, version and the kind's ending. */
    public static String fileName(ModelVersion v) {
        return v.key() + "-v" + v.version() + "." + v.kind().extension();
    }

    // ---- drafts ---------------------------------------------------------------------------------

    /** Every draft, newest first. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<DesignDraft> drafts() {
        return drafts.findAllByOrderByIdDesc();
    }

    /** The drafts of one key, newest first. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<DesignDraft> drafts(String key) {
        return drafts.findByKeyOrderByIdDesc(key);
    }

    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft draft(long id) {
        return require(id);
    }

    private DesignDraft require(long id) {
        return drafts.findById(id).orElseThrow(() -> new BusinessRuleException("designer.DRAFT_NOT_FOUND", id));
    }

    /**
     * A new draft from a deployed version, with the given text (the editor's) or the version's own
     * when {@code xml} is null. The text must still declare the same process or decision.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft createDraft(String basedOnDefinitionId, String xml) {
        ModelVersion base = version(basedOnDefinitionId);
        String text = xml == null ? engine.xml(base) : ModelDefaults.apply(base.kind(), xml);
        requireSameModel(base.kind(), base.key(), text);
        String user = currentUser.require().username();
        return drafts.save(new DesignDraft(base.kind(), base.key(), base.definitionId(), base.name(), text,
                DesignDraft.Origin.EDITOR, user, clock.instant()));
    }

    /**
     * A draft from a file made in Camunda Modeler: a .bpmn or .dmn of at most {@link #MAX_BYTES},
     * UTF-8 XML without a doctype. A process must be one the application knows (its id is the key of
     * a deployed process: the application starts processes by key, so a new one would never run); a
     * decision may be new (a changed process can then call it). One process per file.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft upload(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        DraftKind kind = lower.endsWith(".bpmn") ? DraftKind.BPMN : lower.endsWith(".dmn") ? DraftKind.DMN : null;
        if (kind == null) {
            throw new BusinessRuleException("designer.UPLOAD_TYPE", fileName);
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new BusinessRuleException("designer.UPLOAD_SIZE", MAX_BYTES / 1_000_000);
        }
        String xml = ModelDefaults.apply(kind, utf8(content));
        Declared declared = declare(xml);
        if (declared.kind() != kind) {
            throw new BusinessRuleException("designer.UPLOAD_KIND", fileName);
        }
        if (declared.keys().isEmpty() || (kind == DraftKind.BPMN && declared.keys().size() != 1)) {
            throw new BusinessRuleException(kind == DraftKind.BPMN ? "designer.UPLOAD_ONE_PROCESS"
                    : "designer.UPLOAD_ONE_DECISION", String.join(", ", declared.keys()));
        }
        // a decision requirements diagram may hold several decisions: the draft is named after the
        // first one the application already has (else the first), and every decision in it is checked
        Set<String> knownDecisions = kind == DraftKind.DMN ? engine.keys(DraftKind.DMN) : Set.of();
        String key = declared.keys().stream().filter(knownDecisions::contains).findFirst()
                .orElse(declared.keys().iterator().next());
        Optional<ModelVersion> current = engine.latest(kind, key);
        if (kind == DraftKind.BPMN && current.isEmpty()) {
            // a Modeler file of one of the application's processes under another id: taken as that
            // process (the one whose forms it uses most); its check then says which steps differ
            String fileKey = key;
            key = adoptedProcess(xml).orElseThrow(() -> new BusinessRuleException("designer.UPLOAD_UNKNOWN_PROCESS",
                    fileKey));
            xml = ModelFiles.renameProcess(xml, fileKey, key);
            current = engine.latest(kind, key);
        }
        String user = currentUser.require().username();
        return drafts.save(new DesignDraft(kind, key, current.map(ModelVersion::definitionId).orElse(null),
                current.map(ModelVersion::name).orElse(key), xml, DesignDraft.Origin.UPLOAD, user, clock.instant()));
    }

    /** The application's process whose forms the file's user tasks use most, if they use any. */
    private Optional<String> adoptedProcess(String xml) {
        Set<String> fileForms = ModelFiles.formKeys(xml);
        String best = null;
        long bestCount = 0;
        for (String process : engine.keys(DraftKind.BPMN)) {
            long count = engine.currentFormKeys(process).stream().filter(fileForms::contains).count();
            if (count > bestCount) {
                best = process;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessRuleException("designer.XML_INVALID", "UTF-8");
        }
    }

    private static Declared declare(String xml) {
        try {
            return ModelCheck.declared(ModelCheck.parse(xml))
                    .orElseThrow(() -> new BusinessRuleException("designer.NOT_A_MODEL"));
        } catch (BusinessRuleException e) {
            throw e;
        } catch (Exception e) {
            throw new BusinessRuleException("designer.XML_INVALID", String.valueOf(e.getMessage()));
        }
    }

    private static void requireSameModel(DraftKind kind, String key, String xml) {
        if (xml == null || xml.length() > MAX_BYTES) {
            throw new BusinessRuleException("designer.UPLOAD_SIZE", MAX_BYTES / 1_000_000);
        }
        Declared declared = declare(xml);
        if (declared.kind() != kind || !declared.keys().contains(key)) {
            throw new BusinessRuleException("designer.KEY_CHANGED", key);
        }
    }

    /**
     * Saves a new text of a draft. Refused when someone saved it since the caller read it
     * ({@code expectedVersion}) or when it is deployed. A checked or approved draft becomes a
     * draft again: the check and the approval were of the earlier text.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft save(long id, long expectedVersion, String xml) {
        DesignDraft draft = require(id);
        requireVersion(draft, expectedVersion);
        if (draft.getState() == DraftState.DEPLOYED) {
            throw new BusinessRuleException("designer.DEPLOYED_FINAL", id);
        }
        requireSameModel(draft.getKind(), draft.getKey(), xml);
        String text = ModelDefaults.apply(draft.getKind(), xml);
        if (!text.equals(draft.getXml())) {
            draft.edit(text, currentUser.require().username(), clock.instant());
        }
        return drafts.saveAndFlush(draft);
    }

    private static void requireVersion(DesignDraft draft, long expectedVersion) {
        if (draft.getVersion() != expectedVersion) {
            throw new BusinessRuleException("designer.CHANGED_MEANWHILE", draft.getId());
        }
    }

    // ---- check ----------------------------------------------------------------------------------

    /**
     * Checks a draft: the rules of {@link ModelCheck} (security first), then the engine's own parse.
     * Without problems the draft is CHECKED; with problems it stays a DRAFT. The report is kept.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft check(long id) {
        DesignDraft draft = require(id);
        if (draft.getState() == DraftState.DEPLOYED || draft.getState() == DraftState.APPROVED) {
            throw new BusinessRuleException("designer.NOT_CHECKABLE", id);
        }
        String completed = ModelDefaults.apply(draft.getKind(), draft.getXml());
        if (!completed.equals(draft.getXml())) {
            draft.edit(completed, currentUser.require().username(), clock.instant());
        }
        List<Problem> problems = problems(draft);
        draft.checked(toJson(problems), problems.isEmpty(), clock.instant());
        return drafts.saveAndFlush(draft);
    }

    /** The problems of a model's text, as the check finds them (nothing is stored). */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Problem> problems(DraftKind kind, String key, String xml) {
        List<Problem> problems = ModelCheck.check(kind, key, xml, context(kind, key));
        if (problems.isEmpty()) {
            problems = engine.engineParse(kind, xml);
        }
        return problems;
    }

    private List<Problem> problems(DesignDraft draft) {
        return problems(draft.getKind(), draft.getKey(), draft.getXml());
    }

    /** The report of the draft's last check. */
    public List<Problem> report(DesignDraft draft) {
        return fromJson(draft.getCheckReport());
    }

    CheckContext context(DraftKind kind, String key) {
        Set<String> decisions = new LinkedHashSet<>(engine.keys(DraftKind.DMN));
        drafts.findAll().stream().filter(d -> d.getKind() == DraftKind.DMN)
                .filter(d -> d.getState() != DraftState.REJECTED).forEach(d -> decisions.add(d.getKey()));
        Set<String> messages = new LinkedHashSet<>(AppVocabulary.messages());
        messages.addAll(engine.currentMessages());
        Set<String> groups = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        List<CheckContext.Step> steps = kind == DraftKind.BPMN
                ? engine.currentSteps(key, AppVocabulary.steps(key)).stream()
                        .map(s -> new CheckContext.Step(s.id(), s.name(), s.formKey())).toList()
                : List.of();
        return new CheckContext(forms.keys(), engine.delegateBeans(), allowedCalls, AppVocabulary.variables(), groups,
                messages, decisions, engine.keys(DraftKind.BPMN), u -> users.find(u).isPresent(), steps);
    }

    private static String toJson(List<Problem> problems) {
        try {
            return JSON.writeValueAsString(problems);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Problem>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- approve, reject, deploy ----------------------------------------------------------------

    /**
     * A second HR or administrator approves a checked draft (four eyes): not its author, not whoever
     * last changed it. The approval holds for exactly this text (its hash).
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft approve(long id, long expectedVersion) {
        DesignDraft draft = require(id);
        requireVersion(draft, expectedVersion);
        if (draft.getState() != DraftState.CHECKED || !DesignDraft.hash(draft.getXml()).equals(draft.checkedHash())) {
            throw new BusinessRuleException("designer.NOT_CHECKED", id);
        }
        String user = currentUser.require().username();
        if (user.equals(draft.getAuthor()) || user.equals(draft.getUpdatedBy())) {
            throw new BusinessRuleException("designer.OWN_DRAFT", id);
        }
        draft.approved(user, clock.instant());
        return drafts.saveAndFlush(draft);
    }

    /**
     * Whether the signed-in user may approve the draft now: it is checked (this very text), and the
     * user is neither its author nor whoever last changed it. The view offers approval only then.
     */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public boolean mayApprove(DesignDraft draft) {
        String user = currentUser.require().username();
        return draft.getState() == DraftState.CHECKED && DesignDraft.hash(draft.getXml()).equals(draft.checkedHash())
                && !user.equals(draft.getAuthor()) && !user.equals(draft.getUpdatedBy());
    }

    /** Whether the signed-in user may turn the draft down now: checked or approved, and not its author. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public boolean mayReject(DesignDraft draft) {
        return (draft.getState() == DraftState.CHECKED || draft.getState() == DraftState.APPROVED)
                && !currentUser.require().username().equals(draft.getAuthor());
    }

    /** The approver turns a checked draft down, with a reason; its author can edit it again. */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft reject(long id, long expectedVersion, String reason) {
        DesignDraft draft = require(id);
        requireVersion(draft, expectedVersion);
        if (draft.getState() != DraftState.CHECKED && draft.getState() != DraftState.APPROVED) {
            throw new BusinessRuleException("designer.NOT_CHECKED", id);
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new BusinessRuleException("designer.REASON_REQUIRED");
        }
        String user = currentUser.require().username();
        if (user.equals(draft.getAuthor())) {
            throw new BusinessRuleException("designer.OWN_DRAFT", id);
        }
        draft.rejected(user, reason.strip());
        return drafts.saveAndFlush(draft);
    }

    /**
     * Deploys an approved draft as a new version (deployment {@code designer:<id>}, source
     * {@code designer}). Only the exact text that was checked and approved is deployed, and it is
     * checked once more. New instances start on the new version; running ones stay on theirs.
     */
    @Transactional
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public DesignDraft deploy(long id, long expectedVersion) {
        DesignDraft draft = require(id);
        requireVersion(draft, expectedVersion);
        if (!draft.approvedTextUnchanged()) {
            throw new BusinessRuleException("designer.NOT_APPROVED", id);
        }
        if (!problems(draft).isEmpty()) {
            throw new BusinessRuleException("designer.CHECK_FAILED", id);
        }
        EngineModels.Deployed deployed = engine.deploy(ModelVersion.DEPLOYMENT_PREFIX + id,
                ModelVersion.DESIGNER_SOURCE, draft.getKey() + "." + draft.getKind().extension(), draft.getKind(),
                draft.getKey(), draft.getXml());
        draft.deployed(deployed.deploymentId(), deployed.definitionId(), currentUser.require().username(),
                clock.instant());
        return drafts.saveAndFlush(draft);
    }

    // ---- compare --------------------------------------------------------------------------------

    /** What changed from one deployed version to another. */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<ModelDiff.Change> compareVersions(String olderDefinitionId, String newerDefinitionId) {
        return ModelDiff.compare(xml(olderDefinitionId), xml(newerDefinitionId));
    }

    /** What a draft changes compared with the version it is based on (everything is new without one). */
    @Secured({Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<ModelDiff.Change> compareWithBase(long draftId) {
        DesignDraft draft = require(draftId);
        String base = draft.getBasedOn() == null ? emptyModel(draft.getKind()) : xml(draft.getBasedOn());
        return ModelDiff.compare(base, draft.getXml());
    }

    private static String emptyModel(DraftKind kind) {
        return kind == DraftKind.BPMN
                ? "<definitions xmlns=\"" + ModelCheck.BPMN_NS + "\"/>"
                : "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>";
    }
}
