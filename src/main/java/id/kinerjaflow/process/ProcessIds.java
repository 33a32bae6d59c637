package id.kinerjaflow.process;

/**
 * The technical ids of the processes, as the BPMN files in bpmn/ spell them. The code refers to
 * them only through these constants.
 */
public final class ProcessIds {

    private ProcessIds() {
    }

    /** bpmn/appraisal/employee-appraisal.bpmn; business key = the appraisal's id. */
    public static final class Appraisal {
        public static final String PROCESS = "employee-appraisal";
        public static final String TASK_DRAFT_AGREEMENT = "Task_DraftAgreement";
        public static final String TASK_REVIEW_AGREEMENT = "Task_ReviewAgreement";
        public static final String TASK_FOLLOW_UP_OVERDUE_AGREEMENT = "Task_FollowUpOverdueAgreement";
        public static final String TASK_SELF_REVIEW = "Task_SelfReview";
        public static final String TASK_GIVE_PEER_FEEDBACK = "Task_GivePeerFeedback";
        public static final String TASK_SUPERVISOR_REVIEW = "Task_SupervisorReview";
        public static final String TASK_ACKNOWLEDGE_RESULT = "Task_AcknowledgeResult";
        public static final String TASK_EXPLAIN_APPEAL_EMPLOYEE = "Task_ExplainAppealEmployee";
        public static final String TASK_EXPLAIN_APPEAL_APPRAISER = "Task_ExplainAppealAppraiser";
        public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
        public static final String EVENT_AGREEMENT_OVERDUE = "Event_AgreementOverdue";
        public static final String EVENT_REVIEW_PHASE_DATE_REACHED = "Event_ReviewPhaseDateReached";
        public static final String EVENT_PEER_FEEDBACK_DEADLINE = "Event_PeerFeedbackDeadline";
        public static final String EVENT_APPEAL_WINDOW_CLOSED = "Event_AppealWindowClosed";
        public static final String EVENT_APPEAL_WINDOW_CLOSED_DURING_ACKNOWLEDGEMENT =
                "Event_AppealWindowClosedDuringAcknowledgement";
        public static final String EVENT_APPRAISAL_FINAL = "Event_AppraisalFinal";

        public static final String MESSAGE_REVIEW_PHASE_OPENED = "ReviewPhaseOpened";
        public static final String MESSAGE_UNIT_CALIBRATED = "UnitCalibrated";
        public static final String MESSAGE_APPEAL_FILED = "AppealFiled";

        private Appraisal() {
        }
    }

    /** bpmn/calibration/unit-calibration.bpmn; business key = the unit calibration's id. */
    public static final class Calibration {
        public static final String PROCESS = "unit-calibration";
        public static final String TASK_SET_UNIT_RATING = "Task_SetUnitRating";
        public static final String TASK_CALIBRATE_UNIT = "Task_CalibrateUnit";
        public static final String EVENT_CALIBRATION_DATE_REACHED = "Event_CalibrationDateReached";
        public static final String MESSAGE_REVIEWS_COMPLETE = "UnitReviewsComplete";

        private Calibration() {
        }
    }

    /**
     * bpmn/cycle/cycle-batch.bpmn: one chunk of a cycle's bulk work, run as one asynchronous job;
     * business key = {@code <batch id>:<chunk number>}.
     */
    public static final class CycleBatch {
        public static final String PROCESS = "cycle-batch";
        public static final String TASK_RUN_CHUNK = "Task_RunChunk";

        private CycleBatch() {
        }

        public static String businessKey(long batchId, int chunkNo) {
            return batchId + ":" + chunkNo;
        }
    }

    /** Process variables: ids and small values only; the rest lives in the domain tables. */
    public static final class Vars {
        public static final String APPRAISAL_ID = "appraisalId";
        public static final String CALIBRATION_ID = "calibrationId";
        public static final String CYCLE_ID = "cycleId";
        public static final String UNIT_ID = "unitId";
        public static final String EMPLOYEE_USER = "employeeUser";
        public static final String APPRAISER_USER = "appraiserUser";
        public static final String SENIOR_APPRAISER_USER = "seniorAppraiserUser";
        public static final String AGREEMENT_DEADLINE = "agreementDeadline";
        public static final String REVIEW_PHASE_START = "reviewPhaseStart";
        public static final String PEER_FEEDBACK_DURATION = "peerFeedbackDuration";
        public static final String CALIBRATION_DATE = "calibrationDate";
        public static final String AGREEMENT_APPROVED = "agreementApproved";
        /** What the senior appraiser did about an overdue agreement (kept in the history). */
        public static final String OVERDUE_FOLLOW_UP_NOTE = "overdueFollowUpNote";
        public static final String PEER_USERS = "peerUsers";
        public static final String PEER_USER = "peerUser";
        public static final String RESULTS_RATING = "resultsRating";
        public static final String BEHAVIOUR_RATING = "behaviourRating";
        public static final String PERFORMANCE_RATING = "performanceRating";
        public static final String UNIT_CALIBRATED = "unitCalibrated";
        public static final String APPEAL_DEADLINE = "appealDeadline";
        public static final String APPEAL_FILED = "appealFiled";
        public static final String APPEAL_RATING = "appealRating";
        public static final String ALL_REVIEWED = "allReviewed";
        public static final String FITS_CURVE = "fitsCurve";
        public static final String APPROVED_BY = "approvedBy";
        public static final String BATCH_ID = "batchId";
        public static final String CHUNK_NO = "chunkNo";

        private Vars() {
        }
    }
}
