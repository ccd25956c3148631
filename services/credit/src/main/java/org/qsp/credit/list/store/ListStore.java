package org.qsp.credit.list.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.list.ListEntry;
import org.qsp.credit.list.ListPolicy;
import org.qsp.credit.list.ListRules;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

/** The write path of list entries (entry, exit and their events in one document write), and the list rules. */
@Configuration(proxyBeanMethods = false)
class ListStore {

    @Bean
    AggregateStore<ListEntry> listEntries(AggregateStores stores) {
        return stores.of(ListEntry.class, "list entry");
    }

    @Bean
    ListRules listRules(ListPolicy policy, Deadlines deadlines) {
        return new ListRules(policy, deadlines.zone());
    }
}
