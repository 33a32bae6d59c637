package id.kinerjaflow.demo;

import id.kinerjaflow.base.OrganisationZone;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.BatchProgress;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.cycle.ScopeUnit;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's living cycle: this year's cycle over the whole demo organisation, launched like HR
 * launches one (pre-flight check, then a batch of jobs that starts an appraisal for every active
 * employee and a calibration for every unit), so that each demo user finds tasks in the inbox at
 * first login. The dates lie ahead: agreements are due in 30 days, the review phase starts in 60
 * (HR may open it earlier), calibration in 90.
 */
@Component
public class DemoCycle {

    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

    private final CycleService cycles;
    private final OrganisationService organisation;
    private final Clock clock;

    DemoCycle(CycleService cycles, OrganisationService organisation, Clock clock) {
        this.cycles = cycles;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Launches the demo cycle unless a cycle exists already; returns it, or null when one existed. */
    public AppraisalCycle launchIfNone() {
        return SystemAuthentication.runAsSystem(() -> {
            if (!cycles.cycles().isEmpty()) {
                return null;
            }
            Instant now = clock.instant();
            int year = now.atZone(OrganisationZone.current()).getYear();
            List<ScopeUnit> wholeOrganisation = organisation.units().stream().filter(u -> u.getParentId() == null)
                    .map(u -> new ScopeUnit(u.getId(), true)).toList();
            AppraisalCycle cycle = cycles.create(new CycleSettings(year, "Periode " + year,
                    now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7,
                    now.plus(90, ChronoUnit.DAYS), 14, wholeOrganisation));
            BatchProgress launch = cycles.launch(cycle.getId());
            log.info("Demo cycle {} launched: {} appraisals and calibrations in {} chunks, run by the job executor",
                    cycle.getName(), launch.items(), launch.chunks());
            return cycle;
        });
    }
}
