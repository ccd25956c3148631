package org.qsp.recall.recalls;

/** How the regulator closed a recall; the reason of a termination stays in the service. */
public record Closure(Outcome outcome, String reason) {

    public enum Outcome {
        COMPLETED, TERMINATED
    }
}
