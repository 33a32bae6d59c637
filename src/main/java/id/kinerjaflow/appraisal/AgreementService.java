package id.kinerjaflow.appraisal;

import static id.kinerjaflow.process.ProcessIds.Appraisal.PROCESS;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_DRAFT_AGREEMENT;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_FOLLOW_UP_OVERDUE_AGREEMENT;
import static id.kinerjaflow.process.ProcessIds.Appraisal.TASK_REVIEW_AGREEMENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.process.ProcessIds;
import id.kinerjaflow.process.Workflow;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The performance agreement (SKP): the employee drafts RHK rows with indicators and the three
 * attachments; the appraiser approves or returns it with a comment; every round is kept. Only the
 * holder of the open task may act, and completing the task commits with the data or not at all.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /** The limits the forms show before the service would refuse. */
    public static final int MAX_ROWS = 30;
    public static final int MAX_INDICATORS = 10;
    public static final int TEXT_MAX = 1000;
    public static final int UNIT_MAX = 60;
    public static final int NOTE_MAX = 4000;
    /** A comment or follow-up note; the follow-up note is a process variable, kept well under its 4000. */
    public static final int COMMENT_MAX = 2000;

    private final AppraisalService appraisals;
    private final AgreementRowRepository rows;
    private final AgreementRoundRepository rounds;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementService(AppraisalService appraisals, AgreementRowRepository rows, AgreementRoundRepository rounds,
                     Workflow workflow, CurrentUser currentUser, Clock clock) {
        this.appraisals = appraisals;
        this.rows = rows;
        this.rounds = rounds;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public record IndicatorDraft(String description, BigDecimal target, String unitLabel, Aspect aspect) {
    }

    /** One RHK: {@code parentRowId} is the appraiser's approved RHK it cascades from (main rows). */
    public record RowDraft(RowKind kind, String description, Long parentRowId, List<IndicatorDraft> indicators) {
    }

    public record AgreementDraft(List<RowDraft> rows, String resources, String accountability, String consequences) {
    }

    /** The appraiser's approved RHK in the same cycle, which the employee's main rows may cascade from. */
    public List<AgreementRow> parentCandidates(Long appraisalId) {
        Appraisal a = appraisals.load(appraisalId);
        if (a.getAppraiser() == null) {
            return List.of();
        }
        return appraisals.findOfEmployee(a.getCycle().getId(), a.getAppraiser().getId())
                .filter(p -> p.getAgreementApprovedAt() != null)
                .map(p -> rows.findForAppraisal(p.getId())).orElse(List.of());
    }

    /** Saves the draft without submitting it (resumable); only while the employee holds the draft task. */
    @Transactional
    public void saveDraft(Long appraisalId, AgreementDraft draft) {
        AppUser user = currentUser.require();
        workflow.requireTask(PROCESS, appraisalId.toString(), TASK_DRAFT_AGREEMENT, user);
        Appraisal a = appraisals.load(appraisalId);
        validate(a, draft, false);
        replaceRows(a, draft);
    }

    /** Submits the agreement to the appraiser: checked in full, saved, and a new round opened. */
    @Transactional
    public void submit(Long appraisalId, AgreementDraft draft) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_DRAFT_AGREEMENT, user);
        Appraisal a = appraisals.load(appraisalId);
        validate(a, draft, true);
        replaceRows(a, draft);
        int round = rounds.findByAppraisalIdOrderByRoundNo(appraisalId).size() + 1;
        rounds.save(new AgreementRound(appraisalId, round, clock.instant(), user.username(), draft.rows().size()));
        workflow.complete(task, user, Map.of());
    }

    /** The appraiser approves the agreement. */
    @Transactional
    public void approve(Long appraisalId) {
        decide(appraisalId, AgreementRound.Decision.APPROVED, null);
    }

    /** The appraiser returns the agreement for rework; a comment saying what to change is required. */
    @Transactional
    public void returnForRework(Long appraisalId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("agreement.COMMENT_REQUIRED");
        }
        if (comment.length() > COMMENT_MAX) {
            throw new BusinessRuleException("field.TOO_LONG", COMMENT_MAX);
        }
        decide(appraisalId, AgreementRound.Decision.RETURNED, comment.strip());
    }

    /**
     * The senior appraiser records how they followed up an agreement that passed its deadline (a
     * reminder, a talk with the employee and the appraiser, ...). The note is required; it completes
     * the follow-up task and stays in the process history as {@code overdueFollowUpNote}. The
     * agreement itself goes on where it stands.
     */
    @Transactional
    public void followUpOverdue(Long appraisalId, String note) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(),
                TASK_FOLLOW_UP_OVERDUE_AGREEMENT, user);
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("agreement.FOLLOW_UP_NOTE_REQUIRED");
        }
        if (note.length() > COMMENT_MAX) {
            throw new BusinessRuleException("field.TOO_LONG", COMMENT_MAX);
        }
        workflow.complete(task, user, Map.of(ProcessIds.Vars.OVERDUE_FOLLOW_UP_NOTE, note.strip()));
    }

    private void decide(Long appraisalId, AgreementRound.Decision decision, String comment) {
        AppUser user = currentUser.require();
        Workflow.TaskRef task = workflow.requireTask(PROCESS, appraisalId.toString(), TASK_REVIEW_AGREEMENT, user);
        List<AgreementRound> all = rounds.findByAppraisalIdOrderByRoundNo(appraisalId);
        AgreementRound open = all.isEmpty() ? null : all.get(all.size() - 1);
        if (open == null || open.getDecision() != null) {
            throw new BusinessRuleException("agreement.NOTHING_TO_REVIEW");
        }
        open.decide(decision, comment, user.username(), clock.instant());
        boolean approved = decision == AgreementRound.Decision.APPROVED;
        if (approved) {
            appraisals.load(appraisalId).approveAgreement(clock.instant());
        }
        workflow.complete(task, user, Map.of(ProcessIds.Vars.AGREEMENT_APPROVED, approved));
    }

    private void validate(Appraisal a, AgreementDraft draft, boolean complete) {
        if (draft == null || draft.rows() == null) {
            throw new BusinessRuleException("agreement.NO_ROWS");
        }
        List<RowDraft> list = draft.rows();
        if (complete && list.isEmpty()) {
            throw new BusinessRuleException("agreement.NO_ROWS");
        }
        if (complete && list.stream().noneMatch(r -> r.kind() == RowKind.MAIN)) {
            throw new BusinessRuleException("agreement.NO_MAIN_ROW");
        }
        if (list.size() > MAX_ROWS) {
            throw new BusinessRuleException("agreement.TOO_MANY_ROWS", MAX_ROWS);
        }
        Set<Long> parents = parentCandidates(a.getId()).stream().map(AgreementRow::getId).collect(Collectors.toSet());
        for (int i = 0; i < list.size(); i++) {
            RowDraft r = list.get(i);
            int n = i + 1;
            if (r.kind() == null) {
                throw new BusinessRuleException("agreement.ROW_KIND_REQUIRED", n);
            }
            if (r.description() == null || r.description().isBlank()) {
                throw new BusinessRuleException("agreement.ROW_DESCRIPTION_REQUIRED", n);
            }
            if (r.description().length() > TEXT_MAX) {
                throw new BusinessRuleException("agreement.ROW_DESCRIPTION_TOO_LONG", n, TEXT_MAX);
            }
            if (r.parentRowId() != null && !parents.contains(r.parentRowId())) {
                throw new BusinessRuleException("agreement.PARENT_NOT_ALLOWED", n);
            }
            if (complete && r.kind() == RowKind.MAIN && r.parentRowId() == null && !parents.isEmpty()) {
                throw new BusinessRuleException("agreement.PARENT_REQUIRED", n);
            }
            List<IndicatorDraft> indicators = r.indicators() == null ? List.of() : r.indicators();
            if (complete && indicators.isEmpty()) {
                throw new BusinessRuleException("agreement.NO_INDICATOR", n);
            }
            if (indicators.size() > MAX_INDICATORS) {
                throw new BusinessRuleException("agreement.TOO_MANY_INDICATORS", n, MAX_INDICATORS);
            }
            for (int j = 0; j < indicators.size(); j++) {
                IndicatorDraft ind = indicators.get(j);
                String where = n + "." + (j + 1);
                if (ind.description() == null || ind.description().isBlank()) {
                    throw new BusinessRuleException("agreement.INDICATOR_DESCRIPTION_REQUIRED", where);
                }
                if (ind.description().length() > TEXT_MAX) {
                    throw new BusinessRuleException("agreement.ROW_DESCRIPTION_TOO_LONG", where, TEXT_MAX);
                }
                if (ind.target() == null) {
                    throw new BusinessRuleException("agreement.TARGET_REQUIRED", where);
                }
                if (ind.target().signum() <= 0 || ind.target().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                    throw new BusinessRuleException("agreement.TARGET_INVALID", where);
                }
                if (ind.unitLabel() == null || ind.unitLabel().isBlank() || ind.unitLabel().length() > UNIT_MAX) {
                    throw new BusinessRuleException("agreement.UNIT_REQUIRED", where);
                }
                if (ind.aspect() == null) {
                    throw new BusinessRuleException("agreement.ASPECT_REQUIRED", where);
                }
            }
        }
        for (String note : new String[]{draft.resources(), draft.accountability(), draft.consequences()}) {
            if (note != null && note.length() > NOTE_MAX) {
                throw new BusinessRuleException("field.TOO_LONG", NOTE_MAX);
            }
        }
    }

    private void replaceRows(Appraisal a, AgreementDraft draft) {
        rows.deleteAll(rows.findForAppraisal(a.getId()));
        rows.flush();
        Map<Long, AgreementRow> parentsById = new HashMap<>();
        parentCandidates(a.getId()).forEach(p -> parentsById.put(p.getId(), p));
        List<AgreementRow> created = new ArrayList<>();
        for (int i = 0; i < draft.rows().size(); i++) {
            RowDraft r = draft.rows().get(i);
            AgreementRow row = new AgreementRow(a, i + 1, r.kind(), r.description().strip(),
                    r.parentRowId() == null ? null : parentsById.get(r.parentRowId()));
            List<IndicatorDraft> indicators = r.indicators() == null ? List.of() : r.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                IndicatorDraft ind = indicators.get(j);
                row.addIndicator(j + 1, ind.description().strip(), ind.target(), ind.unitLabel().strip(), ind.aspect());
            }
            created.add(row);
        }
        rows.saveAll(created);
        a.setAttachments(blankToNull(draft.resources()), blankToNull(draft.accountability()),
                blankToNull(draft.consequences()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
