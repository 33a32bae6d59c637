package id.kinerjaflow.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobPositionRepository extends JpaRepository<JobPosition, Long> {

    Optional<JobPosition> findByUnitAndTitle(OrgUnit unit, String title);

    @Query("select p from JobPosition p join fetch p.unit")
    List<JobPosition> findAllWithUnit();
}
