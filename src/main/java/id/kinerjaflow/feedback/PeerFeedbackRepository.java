package id.kinerjaflow.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerFeedbackRepository extends JpaRepository<PeerFeedback, Long> {

    @Query("select f from PeerFeedback f join fetch f.peer p join fetch p.position where f.appraisalId = :id order by p.name")
    List<PeerFeedback> findForAppraisal(@Param("id") Long appraisalId);
}
