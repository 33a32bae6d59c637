package id.kinerjaflow.base.ui;

/**
 * A number shown beside a navigation entry (e.g. the open tasks beside the inbox), provided by the
 * feature that owns the view; the navigation reads it again on every navigation and poll.
 */
public interface NavCounter {

    /** The route path of the navigation entry, as in its {@code @Route}. */
    String path();

    /** The current user's count; 0 shows nothing. */
    long count();
}
