package org.qsp.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.qsp.platform.access.Caller;

/**
 * What the services' OpenAPI documents must say so that a client (and the edge suites generated from them) can rely
 * on them:
 * <ul>
 * <li>a nested type's schema is named after the types it is nested in ({@code SampleView.Enterprise},
 * {@code SamplingFormRequest.Enterprise}): springdoc names schemas by the simple class name, so two records
 * {@code Enterprise} in one API overwrote each other, and an operation documented the other one's body;</li>
 * <li>the {@link Caller} comes from the bearer token, never from a parameter: it is not documented as one.</li>
 * </ul>
 */
public final class ApiDocumentation {

    private ApiDocumentation() {
    }

    /**
     * Names the schemas of nested types after their enclosing types, in place of swagger-core's model resolver that
     * names them by their simple name (idempotent: swagger's converters are JVM-wide).
     */
    public static synchronized void nameNestedTypesByTheirOwners() {
        for (boolean openapi31 : new boolean[] {true, false}) {
            ModelConverters converters = ModelConverters.getInstance(openapi31);
            List<ModelConverter> chain = new ArrayList<>(converters.getConverters());
            if (chain.stream().noneMatch(c -> c.getClass() == ModelResolver.class)) {
                continue;
            }
            chain.forEach(converters::removeConverter);
            for (ModelConverter converter : chain.reversed()) {
                converters.addConverter(converter.getClass() == ModelResolver.class
                        ? owned((ModelResolver) converter) : converter);
            }
        }
    }

    private static ModelResolver owned(ModelResolver standard) {
        ModelResolver resolver = new OwnedNames(standard);
        resolver.setOpenapi31(standard.isOpenapi31());
        resolver.setSchemaResolution(standard.getSchemaResolution());
        resolver.setConfiguration(standard.getConfiguration());
        return resolver;
    }

    /** swagger-core's resolver with {@link NestedTypeNames}. */
    private static final class OwnedNames extends ModelResolver {
        OwnedNames(ModelResolver standard) {
            super(standard.objectMapper(), new NestedTypeNames());
        }
    }

    /** {@code Outer.Inner} for a nested class, the simple name for a top-level one. */
    static final class NestedTypeNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> type) {
            String name = super.getNameOfClass(type);
            if (getUseFqn()) {
                return name;
            }
            StringBuilder owners = new StringBuilder();
            for (Class<?> owner = type.getEnclosingClass(); owner != null; owner = owner.getEnclosingClass()) {
                owners.insert(0, owner.getSimpleName() + ".");
            }
            return owners + name;
        }
    }

    /** Leaves the handler parameters that are the {@link Caller} (also {@code Optional<Caller>}) out of operations. */
    public static OperationCustomizer withoutCallerParameters() {
        return (operation, handler) -> {
            Set<String> callers = Arrays.stream(handler.getMethodParameters()).filter(ApiDocumentation::isCaller)
                    .map(MethodParameter::getParameterName).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            if (operation.getParameters() != null && !callers.isEmpty()) {
                operation.getParameters().removeIf(p -> callers.contains(p.getName()) && !"header".equals(p.getIn()));
                if (operation.getParameters().isEmpty()) {
                    operation.setParameters(null);
                }
            }
            return operation;
        };
    }

    /** Leaves the {@link Caller} schema out of the components: no operation refers to it. */
    public static OpenApiCustomizer withoutCallerSchema() {
        return openApi -> {
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().remove(Caller.class.getSimpleName());
            }
        };
    }

    private static boolean isCaller(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Caller.class || type == Optional.class
                && parameter.nestedIfOptional().getNestedParameterType() == Caller.class;
    }
}
