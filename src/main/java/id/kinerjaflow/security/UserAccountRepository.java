package id.kinerjaflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    @Query("select distinct a from UserAccount a join a.grantedRoles r where r = :role")
    List<UserAccount> findByGrantedRole(@Param("role") Role role);

    List<UserAccount> findByEmployeeIdIn(Collection<Long> employeeIds);

    List<UserAccount> findByEmployeeIdIsNotNull();

    Optional<UserAccount> findByEmployeeId(Long employeeId);

    @Query("select a.employeeId, a.username from UserAccount a where a.employeeId in :employeeIds and a.enabled = true")
    List<Object[]> usernamesOfEmployees(@Param("employeeIds") Collection<Long> employeeIds);
}
