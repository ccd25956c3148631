package org.qsp.inspection.pool;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An enterprise of the draw's pool (检查对象名录库), inspection's own projection: USCC, name, GB/T 2260 region, the
 * product categories it makes or sells, its status and current credit class. Fed by credit's events
 * ({@code credit.enterprises}) and by bulk imports; only ACTIVE enterprises with a class are drawn.
 */
@CompoundIndex(name = "region_categories", def = "{'region': 1, 'categories': 1}")
@Document(PoolEnterprise.COLLECTION)
public record PoolEnterprise(@Id String uscc, String name, String region, List<String> categories,
        String status, RiskClass riskClass, Instant updatedAt) {

    public static final String COLLECTION = "pool_enterprises";
    public static final String ACTIVE = "ACTIVE";
}
