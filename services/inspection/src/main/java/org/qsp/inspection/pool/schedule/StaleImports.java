package org.qsp.inspection.pool.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.inspection.pool.ImportService;
import org.qsp.inspection.pool.PoolProperties;
import org.qsp.platform.schedule.Periodic;

/** Imports whose worker died with its process end FAILED (they already read so; this records it). */
@Configuration(proxyBeanMethods = false)
class StaleImports {

    @Bean
    Periodic staleImportsFail(ImportService imports, PoolProperties properties) {
        return Periodic.every(properties.staleAfter(), "stale import check", imports::failStale);
    }
}
