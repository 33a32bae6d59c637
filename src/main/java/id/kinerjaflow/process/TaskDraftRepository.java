package id.kinerjaflow.process;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskDraftRepository extends JpaRepository<TaskDraft, TaskDraft.Key> {

    @Modifying
    @Query("delete from TaskDraft d where d.taskId = :taskId")
    int deleteByTaskId(@Param("taskId") String taskId);
}
