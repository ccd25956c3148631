package org.qsp.bench;

/** What one virtual user does: one operation, of one or two HTTP requests. */
public enum Workload {

    GET_GATEWAY("getGateway", "GET a rectification task through the gateway (regulator1)", 1),
    GET_DIRECT("getDirect", "GET a rectification task directly from rectification (regulator1)", 1),
    PUT_FORM("putForm", "PUT a sampling form through the gateway: one document write (inspector1)", 1),
    PIPELINE("pipeline", "PUT form (inspector1) + PUT FAIL result (lab1) through the gateway, until the task and "
            + "the credit record exist", 2);

    private final String key;
    private final String description;
    private final int requestsPerOperation;

    Workload(String key, String description, int requestsPerOperation) {
        this.key = key;
        this.description = description;
        this.requestsPerOperation = requestsPerOperation;
    }

    /** The name in summary.json and in Gatling's report. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public int requestsPerOperation() {
        return requestsPerOperation;
    }
}
