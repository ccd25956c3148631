package org.qsp.gateway.edge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class BodyAdmissionFilterTest {

    @Test
    void a_route_with_its_own_limit_gets_it_and_every_other_route_the_default() {
        Map<String, DataSize> routes = new LinkedHashMap<>();
        routes.put("/api/inspection/v1/samples/{id}/photos", DataSize.ofMegabytes(10));
        routes.put("/api/rectification/v1/tasks/*/report/evidence", DataSize.ofMegabytes(20));
        BodyAdmissionFilter filter = new BodyAdmissionFilter(
                new GatewayEdgeProperties.Body(DataSize.ofKilobytes(64), routes, Duration.ofSeconds(10)));

        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1/photos")).isEqualTo(10L << 20);
        assertThat(filter.limitFor("/api/rectification/v1/tasks/RT-1/report/evidence")).isEqualTo(20L << 20);
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1")).isEqualTo(64L << 10);
        assertThat(filter.limitFor("/api/inspection/v1/samples/s-1/photos/extra")).isEqualTo(64L << 10);
    }
}
