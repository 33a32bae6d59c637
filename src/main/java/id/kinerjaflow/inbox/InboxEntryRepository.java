package id.kinerjaflow.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxEntryRepository extends JpaRepository<InboxEntry, InboxEntry.Key> {

    /** The user's own principal and their groups'; one index range per principal. */
    String MINE = "e.principal in :principals ";
    // flags instead of "param is null": PostgreSQL cannot type a null parameter in "? is null"
    String FILTER = "and (:anyCycle = true or e.cycleId = :cycleId) "
            + "and (:anyTask = true or e.taskKey in :taskKeys) "
            + "and (:overdueOnly = false or e.dueSort < :now) ";
    String ORDER = "order by e.dueSort, e.createdAt, e.taskId";
    String SEARCH = "and e.appraisalId in (select a.id from Appraisal a join a.employee emp "
            + "where lower(emp.name) like :text or emp.nip like :text) ";

    /** A page of the user's tasks, earliest due first, undated last; the summaries come after. */
    @Query("select e from InboxEntry e where " + MINE + FILTER + ORDER)
    List<InboxEntry> page(@Param("principals") Collection<String> principals,
                          @Param("anyCycle") boolean anyCycle, @Param("cycleId") long cycleId,
                          @Param("anyTask") boolean anyTask, @Param("taskKeys") Collection<String> taskKeys,
                          @Param("overdueOnly") boolean overdueOnly, @Param("now") Instant now, Pageable page);

    @Query("select count(e) from InboxEntry e where " + MINE + FILTER)
    long count(@Param("principals") Collection<String> principals,
               @Param("anyCycle") boolean anyCycle, @Param("cycleId") long cycleId,
               @Param("anyTask") boolean anyTask, @Param("taskKeys") Collection<String> taskKeys,
               @Param("overdueOnly") boolean overdueOnly, @Param("now") Instant now);

    /** The same, narrowed to appraisals whose employee's name or NIP contains the text. */
    @Query("select e from InboxEntry e where " + MINE + FILTER + SEARCH + ORDER)
    List<InboxEntry> search(@Param("principals") Collection<String> principals,
                            @Param("anyCycle") boolean anyCycle, @Param("cycleId") long cycleId,
                            @Param("anyTask") boolean anyTask, @Param("taskKeys") Collection<String> taskKeys,
                            @Param("overdueOnly") boolean overdueOnly, @Param("now") Instant now,
                            @Param("text") String text, Pageable page);

    @Query("select count(e) from InboxEntry e where " + MINE + FILTER + SEARCH)
    long countSearch(@Param("principals") Collection<String> principals,
                     @Param("anyCycle") boolean anyCycle, @Param("cycleId") long cycleId,
                     @Param("anyTask") boolean anyTask, @Param("taskKeys") Collection<String> taskKeys,
                     @Param("overdueOnly") boolean overdueOnly, @Param("now") Instant now,
                     @Param("text") String text);

    /** Open tasks per task key, for the counts beside each filter. */
    @Query("select e.taskKey, count(e) from InboxEntry e where " + MINE + "group by e.taskKey")
    List<Object[]> countByTaskKey(@Param("principals") Collection<String> principals);

    List<InboxEntry> findByTaskId(String taskId);

    /** Open tasks past their due date per appraisal; a group task counts once, not once per group. */
    @Query("select e.appraisalId, count(distinct e.taskId) from InboxEntry e where e.appraisalId in :appraisalIds "
            + "and e.dueAt < :now group by e.appraisalId")
    List<Object[]> countOverdueByAppraisal(@Param("appraisalIds") Collection<Long> appraisalIds,
                                           @Param("now") Instant now);

    /** The joins and the filter of a cycle's overdue entries (in one unit, or all). */
    String OVERDUE_FROM = " from InboxEntry e "
            + "left join Appraisal a on a.id = e.appraisalId left join a.employee emp left join a.unit u "
            + "left join UnitCalibration c on c.id = e.calibrationId left join c.unit cu "
            + "where e.cycleId = :cycleId and e.dueAt < :now "
            + "and (:anyUnit = true or u.id = :unitId or cu.id = :unitId)";

    /**
     * The open tasks of a cycle past their due date, one row per principal (a group task once per
     * group), with the employee and unit of their appraisal, or the unit of their calibration.
     */
    @Query("select e.taskId, e.taskKey, e.taskName, e.appraisalId, e.calibrationId, e.assignee, e.principal, "
            + "e.dueAt, emp.name, emp.nip, coalesce(u.id, cu.id), coalesce(u.name, cu.name)" + OVERDUE_FROM
            + " order by e.dueAt, e.taskId, e.principal")
    List<Object[]> overdueInCycle(@Param("cycleId") Long cycleId, @Param("anyUnit") boolean anyUnit,
                                  @Param("unitId") long unitId, @Param("now") Instant now);

    /** {@link #overdueInCycle} for these tasks only (the rows of one page). */
    @Query("select e.taskId, e.taskKey, e.taskName, e.appraisalId, e.calibrationId, e.assignee, e.principal, "
            + "e.dueAt, emp.name, emp.nip, coalesce(u.id, cu.id), coalesce(u.name, cu.name)" + OVERDUE_FROM
            + " and e.taskId in :taskIds order by e.dueAt, e.taskId, e.principal")
    List<Object[]> overdueInCycle(@Param("cycleId") Long cycleId, @Param("anyUnit") boolean anyUnit,
                                  @Param("unitId") long unitId, @Param("now") Instant now,
                                  @Param("taskIds") Collection<String> taskIds);

    /** One page of a cycle's overdue tasks (each once, whatever its principals), earliest due first. */
    @Query("select e.taskId" + OVERDUE_FROM + " group by e.taskId order by min(e.dueAt), e.taskId")
    List<String> overdueTaskIdsInCycle(@Param("cycleId") Long cycleId, @Param("anyUnit") boolean anyUnit,
                                       @Param("unitId") long unitId, @Param("now") Instant now, Pageable page);

    /** How many tasks of a cycle are overdue (each once). */
    @Query("select count(distinct e.taskId)" + OVERDUE_FROM)
    long countOverdueTasksInCycle(@Param("cycleId") Long cycleId, @Param("anyUnit") boolean anyUnit,
                                  @Param("unitId") long unitId, @Param("now") Instant now);
}
