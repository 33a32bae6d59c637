package id.kinerjaflow.appeal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByAppraisalId(Long appraisalId);

    boolean existsByAppraisalId(Long appraisalId);
}
