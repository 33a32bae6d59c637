package id.kinerjaflow.cycle;

import java.util.List;
import java.util.Set;

/**
 * A feature's part of a cycle's pre-flight check (e.g. the appraisals: nobody appraised twice in a
 * year), and of the check before closing it.
 */
public interface CycleCheck {

    /** Problems this feature sees for launching the cycle over these units. */
    List<CycleProblem> beforeLaunch(AppraisalCycle cycle, Set<Long> unitIds);

    /** How many of this feature's items in the cycle are not finished yet (closing waits for none). */
    long unfinished(Long cycleId);
}
