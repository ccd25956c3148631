package org.qsp.rectification.task;

/** What caused the task: a failed sample or a substantiated report (later a complaint's finding, a recall). */
public record TaskSource(Type type, String id) {

    public enum Type {
        /** A sample's final FAIL; the id is the sample id. */
        SAMPLE_FAILED,
        /** A substantiated report (举报) whose violation needs correction; the id is the complaint case id. */
        REPORT
    }
}
