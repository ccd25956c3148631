package org.qsp.platform.it;

import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.qsp.platform.test.InProcessMongo;

/** The platform on an embedded KRaft broker and the in-process MongoDB-wire store. */
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EmbeddedPlatformTest extends PlatformContract {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("qsp_platformtest"));
    }
}
