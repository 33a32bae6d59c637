package id.kinerjaflow.designer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DesignDraftRepository extends JpaRepository<DesignDraft, Long> {

    List<DesignDraft> findByKeyOrderByIdDesc(String key);

    List<DesignDraft> findAllByOrderByIdDesc();

    Optional<DesignDraft> findFirstByDeploymentId(String deploymentId);

    boolean existsByKeyAndOriginAndXml(String key, DesignDraft.Origin origin, String xml);
}
