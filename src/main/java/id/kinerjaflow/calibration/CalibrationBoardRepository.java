package id.kinerjaflow.calibration;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The board's overview of a cycle in three grouped queries, whatever the number of units: the
 * calibrations with their unit names, the appraisals per unit and original rating, and the
 * rating changes (few beside the appraisals) in the order they were made.
 */
interface CalibrationBoardRepository extends Repository<UnitCalibration, Long> {

    @Query("select c.id, u.id, u.name, c.status, c.unitRating, c.unitRatingSetBy, c.releasedAt, c.releasedBy "
            + "from UnitCalibration c join c.unit u where c.cycleId = :cycleId order by u.name, c.id")
    List<Object[]> calibrationsOfCycle(@Param("cycleId") Long cycleId);

    /** Per unit and original rating (null: not reviewed yet) the number of appraisals. */
    @Query("select a.unit.id, a.originalRating, count(a) from Appraisal a where a.cycle.id = :cycleId "
            + "group by a.unit.id, a.originalRating")
    List<Object[]> ratingCounts(@Param("cycleId") Long cycleId);

    @Query("select ch.calibrationId, ch.appraisalId, ch.fromRating, ch.toRating from CalibrationChange ch "
            + "where ch.calibrationId in (select c.id from UnitCalibration c where c.cycleId = :cycleId) "
            + "order by ch.changedAt, ch.id")
    List<Object[]> changesOfCycle(@Param("cycleId") Long cycleId);
}
