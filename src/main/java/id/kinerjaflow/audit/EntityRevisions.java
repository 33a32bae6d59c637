package id.kinerjaflow.audit;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import id.kinerjaflow.appraisal.AgreementRow;
import id.kinerjaflow.appraisal.Appraisal;
import id.kinerjaflow.appraisal.BehaviourAssessment;
import id.kinerjaflow.appraisal.Indicator;
import id.kinerjaflow.security.Roles;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of one appraisal's own data (Hibernate Envers): the appraisal, its RHK rows, their
 * indicators and the behaviour assessments, each change with when, who, and every simple property
 * before and after.
 */
@Service
@Transactional(readOnly = true)
public class EntityRevisions {

    private final EntityManager entityManager;

    EntityRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A property's value before and after the revision. */
    public record Change(String property, String before, String after) {
    }

    /** One revision of one entity. */
    public record Revision(long rev, Instant at, String username, String entity, Object entityId, RevisionType type,
                           List<Change> changes) {
    }

    @Secured({Roles.AUTH_AUDITOR, Roles.AUTH_HR, Roles.AUTH_ADMIN})
    public List<Revision> of(Long appraisalId) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<Revision> all = new ArrayList<>();
        all.addAll(revisions(reader.createQuery().forRevisionsOfEntity(Appraisal.class, false, true)
                .add(AuditEntity.id().eq(appraisalId)).getResultList(), "Appraisal"));
        List<Object[]> rows = list(reader.createQuery().forRevisionsOfEntity(AgreementRow.class, false, true)
                .add(AuditEntity.relatedId("appraisal").eq(appraisalId)).getResultList());
        all.addAll(revisions(rows, "AgreementRow"));
        List<Object> rowIds = rows.stream().map(r -> (Object) ((AgreementRow) r[0]).getId()).distinct().toList();
        if (!rowIds.isEmpty()) {
            all.addAll(revisions(reader.createQuery().forRevisionsOfEntity(Indicator.class, false, true)
                    .add(AuditEntity.relatedId("row").in(rowIds.toArray())).getResultList(), "Indicator"));
        }
        all.addAll(revisions(reader.createQuery().forRevisionsOfEntity(BehaviourAssessment.class, false, true)
                .add(AuditEntity.property("appraisalId").eq(appraisalId)).getResultList(), "BehaviourAssessment"));
        all.sort(Comparator.comparingLong(Revision::rev).thenComparing(Revision::entity)
                .thenComparing(r -> String.valueOf(r.entityId())));
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(List<?> results) {
        return (List<Object[]>) results;
    }

    /** Each revision compared with the previous one of the same entity. */
    private static List<Revision> revisions(List<?> results, String entity) {
        List<Object[]> list = new ArrayList<>(list(results));
        list.sort(Comparator.comparingLong(r -> ((AuditRevision) r[1]).getId()));
        Map<Object, Map<String, String>> previous = new HashMap<>();
        List<Revision> out = new ArrayList<>();
        for (Object[] r : list) {
            Object state = r[0];
            AuditRevision rev = (AuditRevision) r[1];
            RevisionType type = (RevisionType) r[2];
            Object id = property(state, "getId");
            Map<String, String> now = simpleProperties(state);
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            List<Change> changes = new ArrayList<>();
            for (String name : now.keySet()) {
                if (!Objects.equals(before.get(name), now.get(name)) && !"id".equals(name)) {
                    changes.add(new Change(name, before.get(name), type == RevisionType.DEL ? null : now.get(name)));
                }
            }
            previous.put(id, now);
            out.add(new Revision(rev.getId(), rev.getAt(), rev.getUsername(), entity, id, type, changes));
        }
        return out;
    }

    /** The simple values (text, numbers, enums, times, flags) of the entity's getters, by name. */
    private static Map<String, String> simpleProperties(Object state) {
        Map<String, String> map = new TreeMap<>();
        for (Method m : state.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = m.getName().startsWith("get") ? m.getName().substring(3)
                    : m.getName().startsWith("is") ? m.getName().substring(2) : null;
            Class<?> t = m.getReturnType();
            if (name == null || name.isEmpty() || "Version".equals(name) || !(t.isPrimitive() || t.isEnum()
                    || CharSequence.class.isAssignableFrom(t) || Number.class.isAssignableFrom(t)
                    || Boolean.class == t || Temporal.class.isAssignableFrom(t))) {
                continue;
            }
            Object v = property(state, m.getName());
            map.put(Character.toLowerCase(name.charAt(0)) + name.substring(1),
                    v == null ? null : v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString());
        }
        return map;
    }

    private static Object property(Object state, String getter) {
        try {
            return state.getClass().getMethod(getter).invoke(state);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
