package org.qsp.platform.outbox;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.util.ClassUtils;

/**
 * Finds every collection that holds {@link OutboxDocument}s, so that the relay's sweep visits them
 * all without anyone registering them: every concrete {@code OutboxDocument} class under the
 * application's packages is added to the mapping context (also those without {@code @Document}),
 * then every such entity of the mapping context names its collection.
 */
public final class OutboxCollections {

    private OutboxCollections() {
    }

    public static List<String> discover(MongoMappingContext mapping, List<String> basePackages) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(OutboxDocument.class));
        ClassLoader loader = OutboxCollections.class.getClassLoader();
        for (String basePackage : basePackages) {
            for (var candidate : scanner.findCandidateComponents(basePackage)) {
                Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
                if (!Modifier.isAbstract(type.getModifiers())) {
                    mapping.getPersistentEntity(type);
                }
            }
        }
        var collections = new TreeSet<String>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (OutboxDocument.class.isAssignableFrom(entity.getType())
                    && !Modifier.isAbstract(entity.getType().getModifiers())) {
                collections.add(entity.getCollection());
            }
        }
        return List.copyOf(collections);
    }
}
