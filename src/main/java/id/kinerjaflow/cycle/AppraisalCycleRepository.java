package id.kinerjaflow.cycle;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppraisalCycleRepository extends JpaRepository<AppraisalCycle, Long> {

    /** The cycle, locked until the transaction ends: launches and phase changes of one cycle take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AppraisalCycle c where c.id = :id")
    Optional<AppraisalCycle> findForUpdate(@Param("id") Long id);

    /** Whether another cycle (not {@code id}; -1 for none) has this name, whatever its case and outer spaces. */
    @Query("select count(c) > 0 from AppraisalCycle c where lower(trim(c.name)) = lower(trim(:name)) and c.id <> :id")
    boolean nameTaken(@Param("name") String name, @Param("id") Long id);

    @Query("select c.id from AppraisalCycle c where c.year = :year and c.id <> :id")
    List<Long> otherCyclesOfYear(@Param("year") int year, @Param("id") Long id);
}

interface CycleBatchRepository extends JpaRepository<CycleBatch, Long> {

    List<CycleBatch> findByCycleIdOrderByIdDesc(Long cycleId);

    @Query("select b from CycleBatch b where b.cycleId = :cycleId and b.kind = :kind and exists "
            + "(select 1 from CycleBatchChunk c where c.batchId = b.id and c.doneAt is null)")
    List<CycleBatch> findRunning(@Param("cycleId") Long cycleId, @Param("kind") CycleBatch.Kind kind);

    @Query("select count(b) from CycleBatch b where b.cycleId = :cycleId and exists "
            + "(select 1 from CycleBatchChunk c where c.batchId = b.id and c.doneAt is null)")
    long countRunning(@Param("cycleId") Long cycleId);
}

interface CycleBatchChunkRepository extends JpaRepository<CycleBatchChunk, CycleBatchChunk.Key> {

    List<CycleBatchChunk> findByBatchIdOrderByChunkNo(Long batchId);
}
