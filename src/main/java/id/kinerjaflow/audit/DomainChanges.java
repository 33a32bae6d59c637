package id.kinerjaflow.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Feeds the audit trail with the domain's own changes, in the transaction that makes them: every
 * insert, update and delete of the appraisal's file (the appraisal, its agreement rounds,
 * calibrations and their changes, appeals and their decisions, cycles launched and closed), with
 * the changed properties before and after. Listening to Hibernate rather than calling the trail
 * from each service keeps the features free of the audit package, and no change is forgotten.
 */
@Component
class DomainChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The entities whose changes are audited (simple class names). */
    static final Set<String> AUDITED = Set.of("Appraisal", "AgreementRound", "UnitCalibration", "CalibrationChange",
            "Appeal", "AppraisalCycle");
    /** Large or internal properties left out of the details. */
    private static final Set<String> LEFT_OUT = Set.of("version", "content", "scope");

    private final EntityManagerFactory entityManagerFactory;
    private final AuditTrail trail;

    DomainChanges(EntityManagerFactory entityManagerFactory, AuditTrail trail) {
        this.entityManagerFactory = entityManagerFactory;
        this.trail = trail;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        String name = audited(event.getEntity());
        if (name != null) {
            record(name + ".created", event.getPersister(), event.getId(), event.getState(),
                    values(event.getPersister(), event.getState(), null, null));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        String name = audited(event.getEntity());
        if (name != null && event.getDirtyProperties() != null && event.getDirtyProperties().length > 0) {
            record(name + ".changed", event.getPersister(), event.getId(), event.getState(),
                    values(event.getPersister(), event.getState(), event.getOldState(), event.getDirtyProperties()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        String name = audited(event.getEntity());
        if (name != null) {
            record(name + ".deleted", event.getPersister(), event.getId(), event.getDeletedState(), "");
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static String audited(Object entity) {
        String name = org.hibernate.Hibernate.getClassLazy(entity).getSimpleName();
        return AUDITED.contains(name) ? name : null;
    }

    private void record(String kind, EntityPersister persister, Object id, Object[] state, String values) {
        Long appraisalId = kind.startsWith("Appraisal.") ? asLong(id) : asLong(property(persister, state, "appraisalId"));
        Object processInstance = property(persister, state, "processInstanceId");
        trail.append(AuditEntry.of(AuditEntry.Source.DOMAIN, kind, processInstance == null ? null
                : processInstance.toString(), appraisalId, actor(), "id=" + id + (values.isEmpty() ? "" : " " + values)));
    }

    /** "name=value" for a new row; "name: before -> after" for the dirty properties of a change. */
    private static String values(EntityPersister persister, Object[] state, Object[] old, int[] dirty) {
        String[] names = persister.getPropertyNames();
        List<String> parts = new ArrayList<>();
        int[] indexes = dirty != null ? dirty : java.util.stream.IntStream.range(0, names.length).toArray();
        for (int i : indexes) {
            if (LEFT_OUT.contains(names[i]) || isCollection(state[i])) {
                continue;
            }
            parts.add(old == null ? names[i] + "=" + text(state[i])
                    : names[i] + ": " + text(old[i]) + " -> " + text(state[i]));
        }
        return String.join("; ", parts);
    }

    private static boolean isCollection(Object value) {
        return value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>;
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        try {
            // an associated entity: its id, not its whole toString
            var getId = value.getClass().getMethod("getId");
            if (!(value instanceof Number) && !(value instanceof CharSequence) && !(value instanceof Enum<?>)) {
                return org.hibernate.Hibernate.getClassLazy(value).getSimpleName() + "#" + getId.invoke(value);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a plain value
        }
        return value.toString();
    }

    private static Object property(EntityPersister persister, Object[] state, String name) {
        int i = Arrays.asList(persister.getPropertyNames()).indexOf(name);
        return i < 0 || state == null ? null : state[i];
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }
}
