package id.kinerjaflow.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.cycle.AppraisalCycle;
import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.CycleSettings;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's living cycle: this year's appraisal started for every active demo employee and a
 * calibration for every unit, so that each demo user finds tasks in the inbox at first login.
 * The dates lie ahead: agreements are due in 30 days, the review phase starts in 60 (HR may open
 * it earlier), calibration in 90.
 */
@Component
public class DemoCycle {

    private static final Logger log = LoggerFactory.getLogger(DemoCycle.class);

    private final CycleService cycles;
    private final AppraisalService appraisals;
    private final CalibrationService calibrations;
    private final OrganisationService organisation;
    private final Clock clock;

    DemoCycle(CycleService cycles, AppraisalService appraisals, CalibrationService calibrations,
              OrganisationService organisation, Clock clock) {
        this.cycles = cycles;
        this.appraisals = appraisals;
        this.calibrations = calibrations;
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
            int year = now.atZone(ZoneId.of("Asia/Jakarta")).getYear();
            AppraisalCycle cycle = cycles.create(new CycleSettings(year, "Periode " + year,
                    now.plus(30, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS), 7,
                    now.plus(90, ChronoUnit.DAYS), 14));
            Set<Long> units = new LinkedHashSet<>();
            int started = 0;
            for (Employee e : organisation.searchEmployees(null, 0, 100_000, null)) {
                if (e.isActive()) {
                    appraisals.start(cycle.getId(), e.getId());
                    units.add(e.getUnit().getId());
                    started++;
                }
            }
            units.forEach(unitId -> calibrations.start(cycle.getId(), unitId));
            log.info("Demo cycle {} launched: {} appraisals, {} unit calibrations", cycle.getName(), started,
                    units.size());
            return cycle;
        });
    }
}
