package id.kinerjaflow.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    String FETCH = "select e from Employee e join fetch e.unit join fetch e.position left join fetch e.supervisor ";
    String FILTER = "where (:allUnits = true or e.unit.id in :unitIds) "
            + "and (:text is null or lower(e.name) like :text or e.nip like :text)";

    @Query(FETCH + "where e.id = :id")
    Optional<Employee> findDetailed(@Param("id") Long id);

    @Query(FETCH + "where e.nip = :nip")
    Optional<Employee> findDetailedByNip(@Param("nip") String nip);

    Optional<Employee> findByNip(String nip);

    @Query(value = FETCH + FILTER, countQuery = "select count(e) from Employee e " + FILTER)
    List<Employee> search(@Param("allUnits") boolean allUnits, @Param("unitIds") Collection<Long> unitIds,
                          @Param("text") String text, Pageable page);

    @Query("select count(e) from Employee e " + FILTER)
    long countSearch(@Param("allUnits") boolean allUnits, @Param("unitIds") Collection<Long> unitIds,
                     @Param("text") String text);

    @Query(FETCH + "order by e.unit.code, e.name")
    List<Employee> findAllDetailed();

    @Query("select e.supervisor.id from Employee e where e.id = :id and e.supervisor is not null")
    Optional<Long> supervisorIdOf(@Param("id") Long id);

    boolean existsBySupervisorIdAndActiveTrue(Long supervisorId);

    @Query("select distinct e.supervisor.id from Employee e where e.active = true and e.supervisor is not null")
    List<Long> supervisorIds();

    @Query(FETCH + "where e.supervisor.id = :id order by e.name")
    List<Employee> findSubordinates(@Param("id") Long supervisorId);

    @Query("select e.id from Employee e where e.active = true")
    List<Long> activeIds();

    @Query("select e.active from Employee e where e.id = :id")
    Optional<Boolean> isActive(@Param("id") Long id);

    @Query("select e.unit.id, count(e) from Employee e where e.active = true group by e.unit.id")
    List<Object[]> countPerUnit();

    @Query(FETCH + "where e.active = true and e.unit.id in :unitIds order by e.id")
    List<Employee> findActiveIn(@Param("unitIds") Collection<Long> unitIds);

    @Query("select e.id from Employee e where e.active = true and e.unit.id in :unitIds order by e.id")
    List<Long> findActiveIdsIn(@Param("unitIds") Collection<Long> unitIds);

    /** With the supervisor and the supervisor's supervisor, for starting appraisals in bulk. */
    @Query("select e from Employee e join fetch e.unit left join fetch e.supervisor s left join fetch s.unit "
            + "left join fetch s.supervisor where e.active = true and e.unit.id in :unitIds "
            + "and e.id between :first and :last order by e.id")
    List<Employee> findActiveInRange(@Param("unitIds") Collection<Long> unitIds, @Param("first") long first,
                                     @Param("last") long last);
}
