package org.qsp.chaos;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qsp.harness.LocalStack;

/**
 * The knobs of a chaos run, from the environment (every one optional):
 *
 * @param rate            {@code CHAOS_RATE}: failed samples per second filed through the gateway all run long; unset
 *                        (0): {@value #DEFAULT_RATE}, or a third of the capacity when that is less (see {@link #baseRate})
 * @param steady          {@code CHAOS_SECONDS}: steady load before each fault (10 s)
 * @param overload        {@code CHAOS_OVERLOAD_SECONDS}: how long the overload phase drives 2x capacity (30 s)
 * @param capacity        {@code CHAOS_CAPACITY}: samples/s the system takes; when set, no bench summary is read and
 *                        no capacity probe runs (0 = not set)
 * @param capacityProbe   {@code CHAOS_PROBE_SECONDS}: length of the closed-loop capacity probe, when neither
 *                        {@code CHAOS_CAPACITY} nor a bench summary gives the capacity (15 s)
 * @param probeClients    {@code CHAOS_PROBE_CLIENTS}: concurrent clients of the capacity probe (16)
 * @param httpTimeout     {@code CHAOS_HTTP_TIMEOUT_SECONDS}: a request unanswered after this is a client timeout (10 s,
 *                        what a phone app waits; shorter than the gateway's own 12 s time limit would count its
 *                        503s as timeouts)
 * @param backOffCap      {@code CHAOS_BACKOFF_CAP_SECONDS}: the longest back-off between two attempts of a sample,
 *                        without a Retry-After (10 s)
 * @param recoveryTimeout {@code CHAOS_RECOVERY_TIMEOUT_SECONDS}: a fault not recovered after this failed (180 s)
 * @param settleTimeout   {@code CHAOS_SETTLE_TIMEOUT_SECONDS}: how long the end waits for the system to settle (300 s)
 * @param faults          {@code CHAOS_FAULTS}: the components to kill, in order (all seven, comma-separated;
 *                        {@code none} for none)
 * @param poisonPerKind   {@code CHAOS_POISON}: poison records of each kind (3)
 */
record ChaosSettings(double rate, Duration steady, Duration overload, double capacity, Duration capacityProbe,
        int probeClients, Duration httpTimeout, Duration backOffCap, Duration recoveryTimeout, Duration settleTimeout, List<String> faults,
        int poisonPerKind) {

    ChaosSettings {
        for (String fault : faults) {
            if (!LocalStack.COMPONENTS.contains(fault)) {
                throw new IllegalArgumentException("CHAOS_FAULTS names " + fault + "; the components are "
                        + LocalStack.COMPONENTS);
            }
        }
        faults = List.copyOf(faults);
    }

    static ChaosSettings from(Map<String, String> env) {
        return new ChaosSettings(
                number(env, "CHAOS_RATE", 0),
                seconds(env, "CHAOS_SECONDS", 10),
                seconds(env, "CHAOS_OVERLOAD_SECONDS", 30),
                number(env, "CHAOS_CAPACITY", 0),
                seconds(env, "CHAOS_PROBE_SECONDS", 15),
                (int) number(env, "CHAOS_PROBE_CLIENTS", 16),
                seconds(env, "CHAOS_HTTP_TIMEOUT_SECONDS", 10),
                seconds(env, "CHAOS_BACKOFF_CAP_SECONDS", 10),
                seconds(env, "CHAOS_RECOVERY_TIMEOUT_SECONDS", 180),
                seconds(env, "CHAOS_SETTLE_TIMEOUT_SECONDS", 300),
                faults(env.get("CHAOS_FAULTS")),
                (int) number(env, "CHAOS_POISON", 3));
    }

    static final double DEFAULT_RATE = 10;

    /**
     * The load's rate: {@code CHAOS_RATE}, or {@value #DEFAULT_RATE}/s but at most a third of the capacity, so that
     * the backlog a fault builds (every sample filed while a part is down is retried) can be worked off at twice the
     * arrival rate once the part is back; a base load near the capacity never recovers from a fault.
     */
    double baseRate(Capacity capacity) {
        return rate > 0 ? rate : Math.min(DEFAULT_RATE, Math.max(1, capacity.samplesPerSecond() / 3));
    }

    private static List<String> faults(String names) {
        if (names == null || names.isBlank()) {
            return LocalStack.COMPONENTS;
        }
        return "none".equals(names.trim()) ? List.of() : Arrays.stream(names.split(",")).map(String::trim).toList();
    }

    /** The settings as the summary shows them (durations in seconds; rate 0: the default, see {@link #baseRate}). */
    Map<String, Object> describe() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("rate", rate);
        all.put("steadySeconds", steady.toMillis() / 1000.0);
        all.put("overloadSeconds", overload.toMillis() / 1000.0);
        all.put("capacity", capacity);
        all.put("capacityProbeSeconds", capacityProbe.toMillis() / 1000.0);
        all.put("probeClients", probeClients);
        all.put("httpTimeoutSeconds", httpTimeout.toMillis() / 1000.0);
        all.put("backOffCapSeconds", backOffCap.toMillis() / 1000.0);
        all.put("recoveryTimeoutSeconds", recoveryTimeout.toMillis() / 1000.0);
        all.put("settleTimeoutSeconds", settleTimeout.toMillis() / 1000.0);
        all.put("faults", faults);
        all.put("poisonPerKind", poisonPerKind);
        return all;
    }

    private static Duration seconds(Map<String, String> env, String name, double fallback) {
        return Duration.ofMillis(Math.round(number(env, name, fallback) * 1000));
    }

    private static double number(Map<String, String> env, String name, double fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value.trim());
            if (number < 0) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was " + value, e);
        }
    }
}
