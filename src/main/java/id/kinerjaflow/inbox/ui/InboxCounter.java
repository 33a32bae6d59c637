package id.kinerjaflow.inbox.ui;

import id.kinerjaflow.base.ui.NavCounter;
import id.kinerjaflow.inbox.InboxService;
import org.springframework.stereotype.Component;

/** The number of open tasks beside "Kotak masuk" in the navigation. */
@Component
class InboxCounter implements NavCounter {

    private final InboxService inbox;

    InboxCounter(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String path() {
        return "kotak-masuk";
    }

    @Override
    public long count() {
        return inbox.count(InboxService.InboxQuery.all());
    }
}
