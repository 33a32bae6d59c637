package id.kinerjaflow.process.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;

/**
 * The page of results a query asked for. {@code listPage(first, max)} does not pass a {@link Page}:
 * the window lives on the query object itself, as Camunda's SQL queries read it.
 */
final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> all, Page page, ListQueryParameterObject query) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        int from = Math.min(all.size(), Math.max(0, first));
        int to = (int) Math.min(all.size(), (long) from + Math.max(0, max));
        return all.subList(from, to);
    }
}
