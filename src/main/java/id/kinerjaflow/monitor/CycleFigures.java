package id.kinerjaflow.monitor;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregate queries over the appraisals and calibrations of one cycle: counted
 * and grouped by the database, never row by row, so that they stay quick for ten thousand
 * appraisals. A read model: it only reads the other features' tables.
 */
@Component
class CycleFigures {

    private static final String CURRENT = "coalesce(a.finalRating, a.calibratedRating, a.originalRating)";

    @PersistenceContext
    private EntityManager em;

    /** Rows of unit id, unit name, stage, count. */
    List<Object[]> stagesPerUnit(Long cycleId) {
        return em.createQuery("select u.id, u.name, a.stage, count(a) from Appraisal a join a.unit u "
                + "where a.cycle.id = :cycleId group by u.id, u.name, a.stage", Object[].class)
                .setParameter("cycleId", cycleId).getResultList();
    }

    /**
     * Rows of unit id, unit name, current rating (final, else calibrated, else original), count;
     * appraisals not rated yet are left out.
     */
    List<Object[]> ratingsPerUnit(Long cycleId) {
        return em.createQuery("select u.id, u.name, " + CURRENT + ", count(a) from Appraisal a join a.unit u "
                + "where a.cycle.id = :cycleId and " + CURRENT + " is not null group by u.id, u.name, " + CURRENT,
                Object[].class)
                .setParameter("cycleId", cycleId).getResultList();
    }

    /** Rows of unit id, unit name, unit rating (null while HR has not set it). */
    List<Object[]> unitRatings(Long cycleId) {
        return em.createQuery("select u.id, u.name, c.unitRating from UnitCalibration c join c.unit u "
                + "where c.cycleId = :cycleId", Object[].class).setParameter("cycleId", cycleId).getResultList();
    }
}
