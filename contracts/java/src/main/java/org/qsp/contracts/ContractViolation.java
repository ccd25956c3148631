package org.qsp.contracts;

import java.util.List;

/** A payload that does not satisfy its event type's JSON Schema. */
public class ContractViolation extends RuntimeException {

    private final List<String> violations;

    public ContractViolation(String type, List<String> violations) {
        super(type + " violates its schema: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
