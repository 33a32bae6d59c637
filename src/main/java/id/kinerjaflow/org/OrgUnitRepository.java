package id.kinerjaflow.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    @Query("select u from OrgUnit u left join fetch u.parent order by u.name")
    List<OrgUnit> findAllWithParent();
}
