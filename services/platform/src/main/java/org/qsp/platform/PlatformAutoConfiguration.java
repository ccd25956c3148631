package org.qsp.platform;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.admin.NewTopic;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.StringOrBytesSerializer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.qsp.platform.attachment.AttachmentProperties;
import org.qsp.platform.attachment.AttachmentStores;
import org.qsp.platform.schedule.Periodic;
import org.qsp.platform.web.AcceptableAnswers;
import org.qsp.platform.web.ApiDocumentation;
import org.qsp.platform.web.BodilessOperations;
import org.qsp.contracts.Topic;
import org.qsp.contracts.Topics;
import org.qsp.platform.events.EventCodec;
import org.qsp.platform.events.TraceContext;
import org.qsp.platform.kafka.DeadLetters;
import org.qsp.platform.kafka.ListenerErrors;
import org.qsp.platform.kafka.QspKafkaProperties;
import org.qsp.platform.calendar.CalendarConfiguration;
import org.qsp.platform.events.EventListeners;
import org.qsp.platform.events.EventSubscriber;
import org.qsp.platform.outbox.OutboxCollections;
import org.qsp.platform.outbox.OutboxStamping;
import org.qsp.platform.store.AggregateStores;
import org.qsp.platform.outbox.OutboxProperties;
import org.qsp.platform.outbox.OutboxRelay;
import org.qsp.platform.security.CallerArgumentResolver;
import org.qsp.platform.security.QspSecurity;
import org.qsp.platform.web.BodySizeLimitFilter;
import org.qsp.platform.web.ConcurrencyLimitFilter;
import org.qsp.platform.web.ProblemHandler;
import org.qsp.platform.web.StrictJson;
import org.qsp.platform.web.WebEdgeProperties;
import tools.jackson.databind.json.JsonMapper;

/** The technical platform every QSP service gets by depending on {@code qsp-platform}. */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties({PlatformProperties.class, OutboxProperties.class, QspKafkaProperties.class,
        AttachmentProperties.class})
@Import({ProblemHandler.class, org.qsp.platform.kafka.DeadLetterControllerConfiguration.class,
        CalendarConfiguration.class})
public class PlatformAutoConfiguration {

    /**
     * The business clock: the system's, moved by {@code qsp.clock.offset} (a Duration, default zero) when that is set.
     * The offset exists for system tests that must see a day 60 days ahead (ADR 0024) and is never for production:
     * it is logged as a WARN at start. Outbox leases keep the system clock either way.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(@org.springframework.beans.factory.annotation.Value("${qsp.clock.offset:0s}")
            java.time.Duration offset) {
        if (offset.isZero()) {
            return Clock.systemUTC();
        }
        org.slf4j.LoggerFactory.getLogger(PlatformAutoConfiguration.class).warn(
                "qsp.clock.offset is {}: this service's clock runs {} ahead of (or behind) real time; for tests only, "
                        + "never in production", offset, offset);
        return Clock.offset(Clock.systemUTC(), offset);
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec(JsonMapper.builder().build());
    }

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContext(tracer, propagator);
    }

    /**
     * Sweeps every collection of outbox documents under the application's packages; none is
     * registered by hand. Leases run on the system clock, not on the service's {@code Clock} bean:
     * they coordinate relay instances in real time, and a business clock that a test (or an
     * operator's simulation) moves forward must not expire a lease that is being used.
     */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MongoMappingContext mapping,
            BeanFactory beanFactory, OutboxProperties properties, TraceContext trace, MeterRegistry meters) {
        return new OutboxRelay(mongo, kafka, () -> OutboxCollections.discover(mapping, packages(beanFactory)),
                properties, Clock.systemUTC(), trace, meters);
    }

    private static List<String> packages(BeanFactory beanFactory) {
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    /** Stamps raised events into the outbox on every save of an outbox document, and publishes after it. */
    @Bean
    OutboxStamping outboxStamping(EventCodec codec, Clock clock, TraceContext trace, MongoMappingContext mapping,
            ObjectProvider<OutboxRelay> relay) {
        return new OutboxStamping(codec, clock, trace, mapping, relay::getObject);
    }

    @Bean
    AggregateStores aggregateStores(MongoTemplate mongo, ObjectProvider<OutboxStamping> stamping,
            ObjectProvider<OutboxRelay> relay) {
        return new AggregateStores(mongo, stamping::getObject, relay::getObject);
    }

    /** Attachment stores (GridFS buckets), opened by the features that keep attachments; none is opened otherwise. */
    @Bean
    AttachmentStores attachmentStores(MongoDatabaseFactory mongo, AttachmentProperties properties, Clock clock) {
        return new AttachmentStores(mongo, properties, clock);
    }

    /** Runs where the service schedules jobs ({@code @EnableScheduling}); opening a bucket sweeps it anyway. */
    @Bean
    Periodic attachmentOrphanSweep(AttachmentStores stores, AttachmentProperties properties) {
        return Periodic.every(properties.sweepInterval(), "attachment orphan sweep", stores::sweepOrphans);
    }

    /** The service's typed event handlers as Kafka listeners, one container per consumed topic. */
    @Bean
    EventListeners eventListeners(List<EventSubscriber> subscribers, EventCodec codec, MeterRegistry meters) {
        return new EventListeners(subscribers, codec, meters);
    }

    /** Every QSP topic and its dead-letter topic, created if missing (any service may start first). */
    @Bean
    KafkaAdmin.NewTopics qspTopics(QspKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .flatMap(t -> java.util.stream.Stream.of(topic(t.name(), t, properties),
                        topic(t.deadLetterTopic(), t, properties)))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, Topic topic, QspKafkaProperties properties) {
        return TopicBuilder.name(name).partitions(topic.partitions()).replicas(properties.replicationFactor())
                .config("min.insync.replicas", String.valueOf(properties.minInsyncReplicas())).build();
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(ProducerFactory<?, ?> producers, QspKafkaProperties properties) {
        var deadLetterProducers = new DefaultKafkaProducerFactory<Object, Object>(
                producers.getConfigurationProperties(), new StringOrBytesSerializer(), new StringOrBytesSerializer());
        return ListenerErrors.errorHandler(new KafkaTemplate<>(deadLetterProducers), properties);
    }

    @Bean
    DeadLetters deadLetters(ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka) {
        return new DeadLetters(consumers, kafka);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain qspResourceServer(HttpSecurity http, WebEdgeProperties edge) throws Exception {
        return QspSecurity.resourceServer(http, edge.publicPaths());
    }

    /** API docs with a relative server URL (they work directly and through the gateway) and bearer tokens. */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI qspOpenApi(PlatformProperties properties) {
        return new OpenAPI()
                .info(new Info().title("QSP " + properties.name() + " API").version("v1"))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * The documents name nested types after their enclosing types (two {@code Enterprise} records no longer overwrite
     * each other) and leave the {@code Caller}, which comes from the token, out ({@link ApiDocumentation}).
     */
    @Bean
    OperationCustomizer qspOperationsWithoutCaller() {
        ApiDocumentation.nameNestedTypesByTheirOwners();
        return ApiDocumentation.withoutCallerParameters();
    }

    @Bean
    OpenApiCustomizer qspDocumentsWithoutCaller() {
        return ApiDocumentation.withoutCallerSchema();
    }

    /** First of all filters: a request refused for overload costs no token check and no body read. */
    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(PlatformProperties properties,
            BulkheadRegistry bulkheads, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                ConcurrencyLimitFilter.of(properties.maxConcurrentRequests(), bulkheads, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** The service's body limit, and the attachment limit on the paths that take attachments. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(PlatformProperties properties,
            AttachmentProperties attachments) {
        Map<String, Long> pathLimits = new LinkedHashMap<>(properties.bodyLimitBytes());
        attachments.paths().forEach(path -> pathLimits.putIfAbsent(path, attachments.maxBytes().toBytes()));
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.maxBodyBytes(),
                pathLimits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Request bodies are read by the strict reader ({@link StrictJson}) and only as JSON: the YAML, XML, CBOR and
     * Smile readers that come with libraries on the class path are not offered (a YAML body gets 415).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictRequestBodies(JsonMapper jsonMapper) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictJson.of(jsonMapper));
        return builder -> builder.withJsonConverter(strict)
                .configureMessageConvertersList(converters -> converters.removeIf(StrictJson::notJson));
    }

    @Bean
    WebMvcConfigurer callerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptableAnswers());
                registry.addInterceptor(new BodilessOperations());
            }
        };
    }
}
