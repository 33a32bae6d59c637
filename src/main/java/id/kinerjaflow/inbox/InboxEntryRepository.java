package id.kinerjaflow.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxEntryRepository extends JpaRepository<InboxEntry, String> {

    /** Mine (assigned to me) or my groups' (claimable, or held by a colleague): one index lookup. */
    String MINE = "e.taskId in (select g.taskId from InboxEntry g join g.audience p where p in :principals) ";
    // flags instead of "param is null": PostgreSQL cannot type a null parameter in "? is null"
    String FILTER = "and (:anyCycle = true or e.cycleId = :cycleId) "
            + "and (:anyTask = true or e.taskKey in :taskKeys) "
            + "and (:overdueOnly = false or e.dueAt < :now) ";
    String ORDER = "order by case when e.dueAt is null then 1 else 0 end, e.dueAt, e.createdAt";
    String SEARCH = "and e.appraisalId in (select a.id from Appraisal a join a.employee emp "
            + "where lower(emp.name) like :text or emp.nip like :text) ";

    /** A page of the user's tasks, earliest due first, undated last (no joins: the summaries come after). */
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
    @Query("select e.taskKey, count(e) from InboxEntry e where " + MINE + " group by e.taskKey")
    List<Object[]> countByTaskKey(@Param("principals") Collection<String> principals);
}
