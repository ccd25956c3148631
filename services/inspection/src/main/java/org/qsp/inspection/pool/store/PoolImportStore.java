package org.qsp.inspection.pool.store;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.qsp.inspection.pool.ImportService;
import org.qsp.inspection.pool.PoolProperties;
import org.qsp.platform.imports.ImportSettings;
import org.qsp.platform.imports.Imports;
import org.qsp.platform.imports.MongoImportJobs;

/** The pool's imports on the platform's machinery, their jobs on {@code pool_jobs}. */
@Configuration(proxyBeanMethods = false)
class PoolImportStore {

    @Bean(destroyMethod = "close")
    Imports poolImports(MongoTemplate mongo, PoolProperties properties, Clock clock) {
        return new Imports("pool", new MongoImportJobs(mongo, ImportService.JOBS),
                new ImportSettings(properties.batchSize(), properties.staleAfter(), properties.maxConcurrent()), clock);
    }
}
