package org.qsp.gateway.edge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway admits before it calls a service.
 *
 * @param body      request body limits and how long a body may take to arrive
 * @param rateLimit requests per second per caller
 * @param streams   how many streams (Server-Sent Events) may be open at once
 */
@Validated
@ConfigurationProperties("qsp.gateway")
public record GatewayEdgeProperties(@NotNull @DefaultValue Body body, @NotNull @DefaultValue RateLimit rateLimit,
        @NotNull @DefaultValue Streams streams) {

    /**
     * @param maxSize     the largest body of any route without its own limit (the services' own limit: 64 KiB)
     * @param routes      larger (or smaller) limits per path pattern, e.g. photo uploads:
     *                    {@code "[/api/inspection/v1/samples/{id}/photos]": 10MB}
     * @param readTimeout the longest a whole body may take to arrive; a slower client gets 408 and never ties up a
     *                    service or a route's bulkhead, since the body is read before the call is made
     */
    public record Body(@DefaultValue("64KB") DataSize maxSize, @DefaultValue Map<String, DataSize> routes,
            @DefaultValue("10s") Duration readTimeout) {
    }

    /**
     * Token buckets per caller, refilled every second: a caller with a valid token is keyed by its subject, an
     * anonymous one (public routes only) by its address. One request more than the bucket holds gets 429 with
     * {@code Retry-After}.
     *
     * @param authenticated requests per second per subject
     * @param anonymous     requests per second per client address
     */
    public record RateLimit(@DefaultValue("100") @Min(1) int authenticated, @DefaultValue("10") @Min(1) int anonymous) {
    }

    /**
     * Streams never end, so they are bounded by how many are open, not by a rate: one more than either bound is
     * refused at once (503 for the gateway's, 429 for the caller's, both with {@code Retry-After}). The connection
     * pool holds {@code max-open} connections per service beyond the route's bulkhead, so that the calls of a
     * stream's service never wait behind its streams.
     *
     * @param paths     the path patterns whose requests are streams
     * @param maxOpen   streams open through this gateway at once
     * @param perCaller streams open per caller (a browser opens at most 6 HTTP/1.1 connections per site)
     */
    public record Streams(@DefaultValue("/api/monitor/v1/stream") List<String> paths,
            @DefaultValue("1000") @Min(1) int maxOpen, @DefaultValue("6") @Min(1) int perCaller) {
    }
}
