package org.qsp.chaos;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.qsp.chaos.Ledger.Sample;
import org.qsp.harness.DemoTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files one sample the way a phone that must not lose it does: the sampling form ({@code inspector1}), then the FAIL
 * result ({@code lab1}), each sent again with the same body after a timeout, a refused connection, a 429 or a 5xx,
 * after the server's {@code Retry-After} or a jittered back-off (up to {@code backOffCap}), until it is answered 2xx. Both PUTs are idempotent,
 * so sending again is safe. A 401 renews the user's token once and sends again; any other 4xx gives up the sample.
 */
final class SampleFiler {

    static final String INSPECTOR = "inspector1";
    static final String LAB = "lab1";
    private static final Logger log = LoggerFactory.getLogger(SampleFiler.class);

    private final GatewayClient gateway;
    private final DemoTokens tokens;
    private final Ledger ledger;
    private final Traffic traffic;
    private final Duration backOffCap;

    SampleFiler(GatewayClient gateway, DemoTokens tokens, Ledger ledger, Traffic traffic, Duration backOffCap) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.ledger = ledger;
        this.traffic = traffic;
        this.backOffCap = backOffCap;
    }

    /** The same phone, backing off at most {@code cap} between attempts. */
    SampleFiler backingOffAtMost(Duration cap) {
        return new SampleFiler(gateway, tokens, ledger, traffic, cap);
    }

    /** True once both PUTs were answered 2xx; false when given up, or when the thread is interrupted. */
    boolean file(Sample sample) {
        try {
            boolean filed = put(sample, sample.formPath(), INSPECTOR, sample.form())
                    && put(sample, sample.resultPath(), LAB, sample.result());
            if (filed) {
                ledger.acknowledged(sample);
            }
            return filed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean put(Sample sample, String path, String user, String body) throws InterruptedException {
        boolean renewed = false;
        for (int attempt = 0; ; attempt++) {
            String phase = traffic.phase();
            Optional<String> token = token(user);
            Answer answer;
            if (token.isPresent()) {
                answer = gateway.put(path, token.get(), body);
                traffic.record(phase, answer);
            } else {
                answer = Answer.connectionError(0);
            }
            if (answer.acknowledged()) {
                return true;
            }
            if (answer.status() == 401 && !renewed) {
                renewed = true;
                renew(user, token.get());
                continue;
            }
            if (!answer.retryable()) {
                ledger.refused(sample, answer + " to PUT " + path);
                log.warn("gave up sample {}: {} to PUT {}", sample.id(), answer, path);
                return false;
            }
            Thread.sleep(RetryAfter.delay(attempt, backOffCap, answer.retryAfter(), ThreadLocalRandom.current()));
        }
    }

    /** The user's token; empty while identity cannot issue one (it is down): the request waits like a refused one. */
    private Optional<String> token(String user) {
        try {
            return Optional.of(tokens.of(user));
        } catch (RuntimeException identityDown) {
            return Optional.empty();
        }
    }

    private synchronized void renew(String user, String stale) {
        try {
            if (tokens.of(user).equals(stale)) {
                tokens.renew(user);
            }
        } catch (RuntimeException identityDown) {
            log.debug("could not renew the token of {}: {}", user, identityDown.toString());
        }
    }
}
