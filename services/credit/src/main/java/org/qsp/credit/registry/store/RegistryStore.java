package org.qsp.credit.registry.store;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import org.qsp.credit.registry.RegistryEntries;
import org.qsp.credit.registry.RegistryEntry;
import org.qsp.credit.registry.RegistryProperties;
import org.qsp.credit.registry.RegistryStatus;
import org.qsp.platform.imports.ImportSettings;
import org.qsp.platform.imports.Imports;
import org.qsp.platform.imports.MongoImportJobs;
import org.qsp.platform.paging.Page;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;
import org.qsp.platform.store.PagedQuery;

/** The registry's write path (entries and their events in one document write) and its imports' jobs. */
@Configuration(proxyBeanMethods = false)
class RegistryStore {

    static final String JOBS = "registry_jobs";

    @Bean
    AggregateStore<RegistryEntry> registryEntries(AggregateStores stores) {
        return stores.of(RegistryEntry.class, "registry entry");
    }

    @Bean(destroyMethod = "close")
    Imports registryImportJobs(MongoTemplate mongo, RegistryProperties properties, Clock clock) {
        return new Imports("registry", new MongoImportJobs(mongo, JOBS),
                new ImportSettings(properties.batchSize(), properties.staleAfter(), properties.maxConcurrent()), clock);
    }

    @Repository
    static class MongoRegistryEntries implements RegistryEntries {

        private final MongoTemplate mongo;

        MongoRegistryEntries(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @Override
        public Page<RegistryEntry> list(String regionPrefix, String category, RegistryStatus status, int page,
                int size) {
            return PagedQuery.of(RegistryEntry.class).startsWith("region", regionPrefix).is("categories", category)
                    .is("status", status).page(mongo, Sort.by("uscc"), page, size);
        }
    }
}
