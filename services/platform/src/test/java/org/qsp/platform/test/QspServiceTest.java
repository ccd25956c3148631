package org.qsp.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service integration test: the whole service (its {@code @SpringBootApplication}) against an
 * embedded KRaft broker and the in-process MongoDB-wire store, with MockMvc, a {@link TestClock}
 * and the {@link ServiceTestKit}. Every published event of the service is checked against its
 * contract after each test, and the clock is reset.
 *
 * <p>Each Spring context gets a database of its own; a class that brings its own store sets
 * {@code qsp.test.own-store=true} and {@code spring.mongodb.uri} (see {@link InProcessMongoInitializer}).
 *
 * <p>Put it on one abstract base class per service (or per family that needs other properties),
 * so that its test classes share one Spring context and one broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = InProcessMongoInitializer.class)
@Import(ServiceTestKit.Configuration.class)
@ExtendWith(ServiceTestKit.AfterEachTest.class)
public @interface QspServiceTest {
}
