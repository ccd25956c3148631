package org.qsp.gateway.route;

import java.util.function.Predicate;

import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which answers of a service count against its circuit breaker: 500, 502 and 504, i.e. the service is broken or
 * cannot reach what it needs. A client's 4xx never does, and neither does 503: a service sheds overload with 503
 * {@code overloaded}, which says it is busy, not broken (as the route's own full bulkhead does). Connect failures
 * and timeouts count through {@code record-exceptions}.
 */
public class DownstreamFault implements Predicate<Object> {

    @Override
    public boolean test(Object result) {
        if (result instanceof ServerResponse response) {
            int status = response.statusCode().value();
            return status == 500 || status == 502 || status == 504;
        }
        return false;
    }
}
