package org.qsp.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DeadLettersReaderTest {

    @Test
    void the_dead_letter_reader_keeps_the_services_tls_and_sasl_settings_but_joins_no_group() {
        Map<String, Object> service = Map.of("bootstrap.servers", "kafka-0:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/qsp/truststore.p12", "group.id", "credit", "client.id", "credit-1",
                "enable.auto.commit", true);

        Map<String, Object> reader = DeadLetters.readerConfig(service);

        assertThat(reader).containsEntry("bootstrap.servers", "kafka-0:9093")
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config").containsEntry("ssl.truststore.location", "/etc/qsp/truststore.p12")
                .containsEntry("enable.auto.commit", false).containsEntry("auto.offset.reset", "earliest")
                .doesNotContainKeys("group.id", "client.id");
    }
}
