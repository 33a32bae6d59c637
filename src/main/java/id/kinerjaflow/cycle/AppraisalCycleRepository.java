package id.kinerjaflow.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalCycleRepository extends JpaRepository<AppraisalCycle, Long> {
}
