package org.qsp.inspection.pool.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.qsp.inspection.inspector.Inspector;
import org.qsp.inspection.inspector.InspectorDirectory;
import org.qsp.inspection.inspector.InspectorProperties;
import org.qsp.inspection.pool.InspectorPool;
import org.qsp.inspection.pool.PoolInspector;

/**
 * The inspector pool on the {@code pool_inspectors} collection, over the configured directory: a stored entry takes
 * a configured one's place. It is also the {@link InspectorDirectory} the sampling forms check co-signers with.
 */
@Component
@Primary
class MongoInspectorPool implements InspectorPool, InspectorDirectory {

    private final MongoTemplate mongo;
    private final InspectorProperties configured;

    MongoInspectorPool(MongoTemplate mongo, InspectorProperties configured) {
        this.mongo = mongo;
        this.configured = configured;
    }

    @Override
    public Optional<PoolInspector> entry(String id) {
        PoolInspector stored = mongo.findById(id, PoolInspector.class);
        if (stored != null) {
            return Optional.of(stored);
        }
        return Optional.ofNullable(configured.directory().get(id)).map(e -> fromConfiguration(id, e));
    }

    /** The configured inspectors, then the stored ones over them (one query: the pool is small), by id. */
    @Override
    public List<PoolInspector> withRegionPrefix(String prefix) {
        Map<String, PoolInspector> byId = new TreeMap<>();
        configured.directory().forEach((id, entry) -> byId.put(id, fromConfiguration(id, entry)));
        mongo.findAll(PoolInspector.class).forEach(i -> byId.put(i.id(), i));
        return byId.values().stream().filter(i -> i.region().startsWith(prefix)).toList();
    }

    @Override
    public void put(PoolInspector inspector) {
        mongo.save(inspector);
    }

    @Override
    public Optional<Inspector> find(String id) {
        return entry(id).map(i -> new Inspector(i.id(), i.region()));
    }

    private static PoolInspector fromConfiguration(String id, InspectorProperties.Entry entry) {
        return new PoolInspector(id, entry.region(), entry.qualifications(), entry.conflicts(), null);
    }
}
