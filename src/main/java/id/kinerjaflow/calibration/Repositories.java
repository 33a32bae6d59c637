package id.kinerjaflow.calibration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitCalibrationRepository extends JpaRepository<UnitCalibration, Long> {

    @Query("select c from UnitCalibration c join fetch c.unit where c.id = :id")
    Optional<UnitCalibration> findDetailed(@Param("id") Long id);

    @Query("select c.id, u.name from UnitCalibration c join c.unit u where c.id in :ids")
    java.util.List<Object[]> unitNames(@Param("ids") java.util.Collection<Long> ids);

    Optional<UnitCalibration> findByCycleIdAndUnitId(Long cycleId, Long unitId);

    @Query("select c.unit.id from UnitCalibration c where c.cycleId = :cycleId")
    List<Long> unitIdsInCycle(@Param("cycleId") Long cycleId);

    @Query("select count(c) from UnitCalibration c where c.cycleId = :cycleId and c.status <> :status")
    long countNotInStatus(@Param("cycleId") Long cycleId, @Param("status") UnitCalibration.Status status);
}

interface CalibrationChangeRepository extends JpaRepository<CalibrationChange, Long> {

    List<CalibrationChange> findByCalibrationIdOrderByChangedAtAscIdAsc(Long calibrationId);

    List<CalibrationChange> findByAppraisalIdOrderByChangedAtAscIdAsc(Long appraisalId);
}
