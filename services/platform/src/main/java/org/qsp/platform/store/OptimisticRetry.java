package org.qsp.platform.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-decide-save step again when another writer (a user, another replica, or the outbox
 * relay, which bumps the version when it leases and empties an outbox) changed the aggregate
 * document between the load and the save. After the first retries it waits a few random
 * milliseconds, so that two writers racing on one hot aggregate stop colliding.
 */
final class OptimisticRetry {

    static final int ATTEMPTS = 12;

    private OptimisticRetry() {
    }

    static <T> T run(Supplier<T> step) {
        OptimisticLockingFailureException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return step.get();
            } catch (OptimisticLockingFailureException e) {
                last = e;
                if (attempt >= 2) {
                    long maxMillis = Math.min(50, 1L << attempt);
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxMillis * 1_000_000L) + 1);
                }
            }
        }
        throw last;
    }
}
