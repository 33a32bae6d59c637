package id.kinerjaflow.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InboxEntryRepository extends JpaRepository<InboxEntry, String> {

    /** Mine (assigned to me) or my groups' (claimable, or held by a colleague). */
    String MINE = "(e.assignee = :user or e.taskId in (select g.taskId from InboxEntry g join g.candidateGroups cg "
            + "where cg in :groups)) ";
    String FILTER = "and (:cycleId is null or e.cycleId = :cycleId) "
            + "and (:anyTask = true or e.taskKey in :taskKeys) "
            + "and (:overdueBefore is null or e.dueAt < :overdueBefore) "
            + "and (:text is null or lower(emp.name) like :text or emp.nip like :text) ";
    String FROM = "from InboxEntry e left join Appraisal a on a.id = e.appraisalId left join a.employee emp ";

    /** The page: tasks and their appraisal summaries in one query; earliest due first, undated last. */
    @Query("select e, a, emp " + FROM + "where " + MINE + FILTER
            + "order by case when e.dueAt is null then 1 else 0 end, e.dueAt, e.createdAt")
    List<Object[]> page(@Param("user") String user, @Param("groups") Collection<String> groups,
                        @Param("cycleId") Long cycleId, @Param("anyTask") boolean anyTask,
                        @Param("taskKeys") Collection<String> taskKeys, @Param("overdueBefore") Instant overdueBefore,
                        @Param("text") String text, Pageable page);

    @Query("select count(e) " + FROM + "where " + MINE + FILTER)
    long count(@Param("user") String user, @Param("groups") Collection<String> groups,
               @Param("cycleId") Long cycleId, @Param("anyTask") boolean anyTask,
               @Param("taskKeys") Collection<String> taskKeys, @Param("overdueBefore") Instant overdueBefore,
               @Param("text") String text);

    /** Open tasks per task key, for the counts beside each filter. */
    @Query("select e.taskKey, count(e) from InboxEntry e where " + MINE + " group by e.taskKey")
    List<Object[]> countByTaskKey(@Param("user") String user, @Param("groups") Collection<String> groups);
}
