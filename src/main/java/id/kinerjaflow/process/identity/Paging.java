package id.kinerjaflow.process.identity;

import java.util.List;

import org.camunda.bpm.engine.impl.Page;

final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> all, Page page) {
        if (page == null) {
            return all;
        }
        int from = Math.min(all.size(), Math.max(0, page.getFirstResult()));
        int to = (int) Math.min(all.size(), (long) from + Math.max(0, page.getMaxResults()));
        return all.subList(from, to);
    }
}
