package id.kinerjaflow.designer;

import java.time.Instant;

/**
 * One deployed version of a process or decision, as the engine knows it: its definition id, version
 * number, the deployment it came in (name, source, time), the resource it was read from, and, for a
 * process, how many instances (appraisals, calibrations ...) still run on it.
 */
public record ModelVersion(DraftKind kind, String key, String name, String definitionId, int version,
                           String deploymentId, String deploymentName, String source, Instant deployedAt,
                           String resourceName, long running) {

    /** Whether the designer deployed it (its deployment is named {@code designer:<draft id>}). */
    public boolean fromDesigner() {
        return deploymentName != null && deploymentName.startsWith(DEPLOYMENT_PREFIX);
    }

    /** The deployment name the designer gives a draft's deployment. */
    public static final String DEPLOYMENT_PREFIX = "designer:";
    /** The source of the designer's deployments. */
    public static final String DESIGNER_SOURCE = "designer";
}
