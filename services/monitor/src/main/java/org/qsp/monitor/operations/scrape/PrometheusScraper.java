package org.qsp.monitor.operations.scrape;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.qsp.monitor.MonitorProperties;
import org.qsp.monitor.operations.OutboxPending;
import org.qsp.monitor.operations.PrometheusText;
import org.qsp.monitor.operations.ServiceMetrics;

/**
 * Scrapes {@code /actuator/prometheus} of every service in {@code qsp.monitor.services} with the scrape credential,
 * all at once, each bounded by {@code qsp.monitor.scrape.timeout} (connect, headers and body together): a service
 * that hangs, refuses or answers anything but 200 with readable text is reported unreachable with the reason, and
 * never delays the others beyond that deadline.
 */
@Component
public class PrometheusScraper implements ServiceMetrics, DisposableBean {

    static final String PATH = "/actuator/prometheus";
    static final String METRIC = "qsp_outbox_pending";
    static final String LABEL = "collection";
    /** Far above what a service exports (a few hundred lines); a larger answer is not read to its end. */
    static final int MAX_BODY = 4 * 1024 * 1024;

    private final Map<String, URI> services;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    public PrometheusScraper(MonitorProperties properties) {
        this.services = properties.services();
        MonitorProperties.Scrape scrape = properties.scrape();
        this.authorization = scrape.password() == null || scrape.password().isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString(("prometheus:" + scrape.password())
                        .getBytes(StandardCharsets.UTF_8));
        this.timeout = scrape.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    @Override
    public List<OutboxPending> outboxPending() {
        List<CompletableFuture<OutboxPending>> scrapes = new ArrayList<>();
        services.forEach((name, base) -> scrapes.add(scrape(name, base)));
        return scrapes.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<OutboxPending> scrape(String name, URI base) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(base.resolve(PATH)).timeout(timeout).header("Accept", "text/plain")
                    .GET();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(OutboxPending.unreachable(name, "bad URI " + base));
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> read(name, response))
                .orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionally(e -> OutboxPending.unreachable(name, reason(e)));
    }

    private static OutboxPending read(String name, HttpResponse<java.io.InputStream> response) {
        try (var body = response.body()) {
            if (response.statusCode() != 200) {
                return OutboxPending.unreachable(name, "HTTP " + response.statusCode() + " from " + PATH);
            }
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                return OutboxPending.unreachable(name, "metrics larger than " + MAX_BODY + " bytes");
            }
            return OutboxPending.read(name, PrometheusText.gauge(new String(bytes, StandardCharsets.UTF_8), METRIC,
                    LABEL));
        } catch (PrometheusText.Malformed e) {
            return OutboxPending.unreachable(name, "unreadable metrics: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String reason(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof TimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public void destroy() {
        http.shutdownNow();
    }
}
