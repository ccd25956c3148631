package org.qsp.platform.errors;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-decide-save use case again when another writer (a user, or the outbox relay)
 * changed the aggregate document between the load and the save.
 */
public final class OptimisticRetry {

    private static final int ATTEMPTS = 8;

    private OptimisticRetry() {
    }

    public static <T> T run(Supplier<T> useCase) {
        OptimisticLockingFailureException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return useCase.get();
            } catch (OptimisticLockingFailureException e) {
                last = e;
                Thread.onSpinWait();
            }
        }
        throw last;
    }
}
