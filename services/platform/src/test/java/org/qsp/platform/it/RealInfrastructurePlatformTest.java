package org.qsp.platform.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same platform behaviour against a real MongoDB 7 replica set and a real Kafka broker, to keep
 * the code within what both the embedded store and MongoDB do. Needs a Docker engine; skipped
 * where there is none (as on the development machines, which run {@link EmbeddedPlatformTest}).
 */
@Testcontainers(disabledWithoutDocker = true)
class RealInfrastructurePlatformTest extends PlatformContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("qsp_platformtest"));
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }
}
