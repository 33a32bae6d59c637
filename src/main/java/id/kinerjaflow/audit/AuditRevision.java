package id.kinerjaflow.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One revision of the appraisal's own data (Hibernate Envers): the transaction's time and the user
 * who made it (the signed-in user; empty for the engine's background jobs).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevision.Username.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private Long id;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    private long timestamp;

    @Column(name = "username")
    private String username;

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    /** Stamps each new revision with the signed-in user. */
    public static class Username implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            ((AuditRevision) revision).username = auth == null ? null : auth.getName();
        }
    }
}
