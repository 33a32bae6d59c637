package id.kinerjaflow.designer;

import java.time.Clock;

import id.kinerjaflow.process.EngineSteps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts a release leaves for HR: when a file in bpmn/ changed but HR has deployed their own
 * newer version of it, start-up does not make the file current; it keeps it here as a draft "from
 * the release" (author {@link DesignerService#SYSTEM_DEPLOYER}) for HR to compare, check, approve
 * and deploy, or to leave.
 */
@Component
public class ReleaseDrafts {

    private final DesignDraftRepository drafts;
    private final Clock clock;

    ReleaseDrafts(DesignDraftRepository drafts, Clock clock) {
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Records the release's file as a draft once; false when the same text is already recorded. */
    @Transactional
    public boolean record(DraftKind kind, String key, String basedOnDefinitionId, String name, String xml) {
        EngineSteps.requireEngine();
        if (drafts.existsByKeyAndOriginAndXml(key, DesignDraft.Origin.RELEASE, xml)) {
            return false;
        }
        drafts.save(new DesignDraft(kind, key, basedOnDefinitionId, name, xml, DesignDraft.Origin.RELEASE,
                DesignerService.SYSTEM_DEPLOYER, clock.instant()));
        return true;
    }
}
