package org.qsp.credit.penalty.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.penalty.Penalty;
import org.qsp.credit.penalty.PublicationPolicy;
import org.qsp.credit.penalty.PublicationRules;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

/** The write path of penalties, and the publication rules on the platform's working-day calendar. */
@Configuration(proxyBeanMethods = false)
class PenaltyStore {

    @Bean
    AggregateStore<Penalty> penalties(AggregateStores stores) {
        return stores.of(Penalty.class, "penalty");
    }

    @Bean
    PublicationRules publicationRules(Deadlines deadlines, PublicationPolicy policy) {
        return new PublicationRules(deadlines, policy);
    }
}
