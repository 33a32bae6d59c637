package id.kinerjaflow.appraisal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.kinerjaflow.cycle.AppraisalCycle;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    String FETCH = "select a from Appraisal a join fetch a.cycle join fetch a.employee e join fetch e.position "
            + "join fetch a.unit left join fetch a.appraiser left join fetch a.seniorAppraiser ";

    @Query(FETCH + "where a.id = :id")
    Optional<Appraisal> findDetailed(@Param("id") Long id);

    @Query(FETCH + "where a.cycle.id = :cycleId and a.unit.id = :unitId order by e.name")
    List<Appraisal> findByCycleAndUnit(@Param("cycleId") Long cycleId, @Param("unitId") Long unitId);

    Optional<Appraisal> findByCycleIdAndEmployeeId(Long cycleId, Long employeeId);

    /** An employee's appraisals, the latest cycle first. */
    @Query(FETCH + "where e.id = :employeeId order by a.cycle.year desc, a.cycle.id desc")
    List<Appraisal> findByEmployee(@Param("employeeId") Long employeeId);

    /** The appraisals an appraiser holds in a cycle, by name: one query for the whole team. */
    @Query(FETCH + "where a.cycle.id = :cycleId and a.appraiser.id = :appraiserId order by e.name")
    List<Appraisal> findByCycleAndAppraiser(@Param("cycleId") Long cycleId, @Param("appraiserId") Long appraiserId);

    /** The cycles in which an appraiser holds appraisals, the latest first. */
    @Query("select distinct c from Appraisal a join a.cycle c where a.appraiser.id = :appraiserId "
            + "order by c.year desc, c.id desc")
    List<AppraisalCycle> findCyclesOfAppraiser(@Param("appraiserId") Long appraiserId);

    @Query("select a.id, e.name, e.nip, a.stage from Appraisal a join a.employee e where a.id in :ids")
    List<Object[]> summaries(@Param("ids") java.util.Collection<Long> ids);

    @Query("select count(a) from Appraisal a where a.cycle.id = :cycleId and a.unit.id = :unitId "
            + "and a.originalRating is null")
    long countUnreviewed(@Param("cycleId") Long cycleId, @Param("unitId") Long unitId);

    @Query("select a.employee.id from Appraisal a where a.cycle.id = :cycleId and a.employee.id between :first and :last")
    List<Long> employeeIdsInCycle(@Param("cycleId") Long cycleId, @Param("first") long first, @Param("last") long last);

    @Query("select a.employee.id from Appraisal a where a.cycle.id = :cycleId")
    List<Long> employeeIdsInCycle(@Param("cycleId") Long cycleId);

    @Query("select a.id from Appraisal a where a.cycle.id = :cycleId and a.stage = :stage order by a.id")
    List<Long> idsInStage(@Param("cycleId") Long cycleId, @Param("stage") Stage stage);

    @Query("select a.id from Appraisal a where a.cycle.id = :cycleId and a.stage = :stage "
            + "and a.id between :first and :last order by a.id")
    List<Long> idsInStage(@Param("cycleId") Long cycleId, @Param("stage") Stage stage, @Param("first") long first,
                          @Param("last") long last);

    @Query("select count(a) from Appraisal a where a.cycle.id = :cycleId and a.stage <> :stage")
    long countNotInStage(@Param("cycleId") Long cycleId, @Param("stage") Stage stage);

    /** Employees of these ids appraised in these cycles (other cycles of the same year): employee id, cycle name. */
    @Query("select a.employee.id, c.name from Appraisal a join a.cycle c where c.id in :cycleIds "
            + "and a.employee.id in :employeeIds")
    List<Object[]> appraisedIn(@Param("cycleIds") Collection<Long> cycleIds,
                               @Param("employeeIds") Collection<Long> employeeIds);
}

interface AgreementRowRepository extends JpaRepository<AgreementRow, Long> {

    @Query("select distinct r from AgreementRow r left join fetch r.indicators left join fetch r.parentRow "
            + "where r.appraisal.id = :appraisalId order by r.position")
    List<AgreementRow> findForAppraisal(@Param("appraisalId") Long appraisalId);
}

interface AgreementRoundRepository extends JpaRepository<AgreementRound, Long> {

    List<AgreementRound> findByAppraisalIdOrderByRoundNo(Long appraisalId);
}

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    @Query("select e from Evidence e where e.appraisalId = :appraisalId order by e.uploadedAt")
    List<Evidence> findForAppraisal(@Param("appraisalId") Long appraisalId);

    @Query("select coalesce(sum(e.sizeBytes), 0) from Evidence e where e.appraisalId = :appraisalId")
    long totalSize(@Param("appraisalId") Long appraisalId);

    /** The files' facts without their content (the content column is not lazy without enhancement). */
    @Query("select e.id, e.indicatorId, e.fileName, e.contentType, e.sizeBytes, e.uploadedBy, e.uploadedAt "
            + "from Evidence e where e.appraisalId = :appraisalId order by e.uploadedAt, e.id")
    List<Object[]> listForAppraisal(@Param("appraisalId") Long appraisalId);

    @Query("select e.appraisalId from Evidence e where e.id = :id")
    Optional<Long> appraisalOf(@Param("id") Long id);
}

interface BehaviourAssessmentRepository extends JpaRepository<BehaviourAssessment, Long> {

    List<BehaviourAssessment> findByAppraisalId(Long appraisalId);
}
