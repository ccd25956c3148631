package org.qsp.inspection.pool;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inspector of the pool (执法检查人员名录库): their id (the {@code sub} of their token), the region of their
 * authority, the product categories they are qualified for and the enterprises they declared a conflict with.
 * Configuration seeds the pool ({@code qsp.inspection.inspectors.directory}); an entry stored here, put by a
 * regulator, takes the configured one's place.
 */
@CompoundIndex(name = "region", def = "{'region': 1}")
@Document(PoolInspector.COLLECTION)
public record PoolInspector(@Id String id, String region, List<String> qualifications,
        List<String> conflicts, Instant updatedAt) {

    public static final String COLLECTION = "pool_inspectors";

    public PoolInspector {
        qualifications = qualifications == null ? List.of() : qualifications.stream().distinct().sorted().toList();
        conflicts = conflicts == null ? List.of() : conflicts.stream().distinct().sorted().toList();
    }

    public boolean qualifiedFor(String category) {
        return qualifications.contains(category);
    }
}
