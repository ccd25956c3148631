package org.qsp.recall.lead;

/** Where a lead came from, and the id of that: a sample id, a complaint cluster id, or the lead itself. */
public record LeadSource(Type type, String id) {

    public enum Type {
        /** A failed sample with a safety-related item; the id is the sample id. */
        SAMPLE_FAILED,
        /** A complaint cluster in a safety-related category; the id is the cluster id. */
        COMPLAINT_CLUSTER,
        /** A regulator's entry; the id is the lead's own. */
        MANUAL
    }
}
