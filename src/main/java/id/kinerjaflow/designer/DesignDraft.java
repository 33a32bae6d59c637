package id.kinerjaflow.designer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A BPMN or DMN file HR works on, and its record: who wrote it, the check and its report, who
 * approved which XML (by its hash), and the deployment it became. See V7__designer.sql.
 */
@Entity
@Table(name = "design_draft")
public class DesignDraft {

    /** Where a draft came from. */
    public enum Origin { EDITOR, UPLOAD, RELEASE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DraftKind kind;
    @Column(name = "def_key")
    private String key;
    @Column(name = "based_on")
    private String basedOn;
    private String name;
    private String xml;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String author;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;
    @Enumerated(EnumType.STRING)
    private DraftState state;
    @Column(name = "check_report")
    private String checkReport;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "checked_hash")
    private String checkedHash;
    private String approver;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_hash")
    private String approvedHash;
    @Column(name = "rejected_by")
    private String rejectedBy;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "deployment_id")
    private String deploymentId;
    @Column(name = "definition_id")
    private String definitionId;
    @Column(name = "deployed_by")
    private String deployedBy;
    @Column(name = "deployed_at")
    private Instant deployedAt;

    protected DesignDraft() {
    }

    DesignDraft(DraftKind kind, String key, String basedOn, String name, String xml, Origin origin, String author,
                Instant now) {
        this.kind = kind;
        this.key = key;
        this.basedOn = basedOn;
        this.name = name;
        this.xml = xml;
        this.origin = origin;
        this.author = author;
        this.createdAt = now;
        this.updatedBy = author;
        this.updatedAt = now;
        this.state = DraftState.DRAFT;
    }

    /** A new text: any check, approval or rejection of the earlier text no longer holds. */
    void edit(String newXml, String user, Instant now) {
        this.xml = newXml;
        this.updatedBy = user;
        this.updatedAt = now;
        this.state = DraftState.DRAFT;
        this.checkedHash = null;
        this.checkedAt = null;
        this.approver = null;
        this.approvedAt = null;
        this.approvedHash = null;
        this.rejectedBy = null;
        this.rejectReason = null;
    }

    void checked(String report, boolean clean, Instant now) {
        this.checkReport = report;
        this.checkedAt = now;
        this.checkedHash = clean ? hash(xml) : null;
        this.state = clean ? DraftState.CHECKED : DraftState.DRAFT;
        this.approver = null;
        this.approvedAt = null;
        this.approvedHash = null;
    }

    void approved(String user, Instant now) {
        this.approver = user;
        this.approvedAt = now;
        this.approvedHash = hash(xml);
        this.state = DraftState.APPROVED;
    }

    void rejected(String user, String reason) {
        this.rejectedBy = user;
        this.rejectReason = reason;
        this.state = DraftState.REJECTED;
    }

    void deployed(String deployment, String definition, String user, Instant now) {
        this.deploymentId = deployment;
        this.definitionId = definition;
        this.deployedBy = user;
        this.deployedAt = now;
        this.state = DraftState.DEPLOYED;
    }

    /** SHA-256 of the text, hex. */
    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the text is still exactly the one that was checked and approved. */
    boolean approvedTextUnchanged() {
        String now = hash(xml);
        return state == DraftState.APPROVED && now.equals(approvedHash) && now.equals(checkedHash);
    }

    String checkedHash() {
        return checkedHash;
    }

    public Long getId() {
        return id;
    }

    public DraftKind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public String getName() {
        return name;
    }

    public String getXml() {
        return xml;
    }

    public Origin getOrigin() {
        return origin;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public DraftState getState() {
        return state;
    }

    public String getCheckReport() {
        return checkReport;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getApprover() {
        return approver;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public String getDeployedBy() {
        return deployedBy;
    }

    public Instant getDeployedAt() {
        return deployedAt;
    }
}
