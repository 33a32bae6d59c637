package id.kinerjaflow.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.kinerjaflow.base.BusinessRuleException;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of task forms: what the holder of a task filled in so far, saved to be resumed later.
 * Only the user who may work on the task saves a draft, and each user reads only their own. A
 * draft goes when its task ends (see the inbox's task events).
 */
@Service
@Transactional
public class TaskDrafts {

    /** A draft's JSON may not be larger than this (characters); forms hold text, not files. */
    public static final int MAX_CHARS = 200_000;

    private static final Logger log = LoggerFactory.getLogger(TaskDrafts.class);

    private final TaskDraftRepository drafts;
    private final Workflow workflow;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    TaskDrafts(TaskDraftRepository drafts, Workflow workflow, CurrentUser currentUser, Clock clock) {
        this.drafts = drafts;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A saved draft and when it was saved. */
    public record Saved<T>(T value, Instant savedAt) {
    }

    /** Saves the current user's draft of a task they may work on; returns when it was saved. */
    public Instant save(String taskId, Object value) {
        AppUser user = currentUser.require();
        Workflow.TaskDetails task = workflow.find(taskId)
                .filter(t -> t.ref().mayBeWorkedOnBy(user))
                .orElseThrow(() -> new TaskNotAvailableException(taskId));
        String payload;
        try {
            payload = json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A draft must be plain data", e);
        }
        if (payload.length() > MAX_CHARS) {
            throw new BusinessRuleException("draft.TOO_LARGE");
        }
        TaskDraft draft = drafts.findById(new TaskDraft.Key(task.ref().id(), user.username()))
                .orElseGet(() -> new TaskDraft(task.ref().id(), user.username()));
        Instant now = clock.instant();
        draft.update(payload, now);
        drafts.save(draft);
        return now;
    }

    /** The current user's draft of a task, if they saved one and it still reads as the form's type. */
    @Transactional(readOnly = true)
    public <T> Optional<Saved<T>> load(String taskId, Class<T> type) {
        AppUser user = currentUser.require();
        return drafts.findById(new TaskDraft.Key(taskId, user.username())).flatMap(d -> {
            try {
                return Optional.of(new Saved<>(json.readValue(d.getPayload(), type), d.getSavedAt()));
            } catch (JsonProcessingException e) {
                // the form changed since: the user starts again rather than see a broken form
                log.warn("Draft of task {} no longer reads as {}: {}", taskId, type.getSimpleName(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Every draft of the task goes (the task ended). */
    public void discard(String taskId) {
        EngineSteps.requireEngine();
        drafts.deleteByTaskId(taskId);
    }
}
