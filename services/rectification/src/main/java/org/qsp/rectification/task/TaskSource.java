package org.qsp.rectification.task;

/** What caused the task: a failed sample, a substantiated report or an ordered recall (later a complaint's finding). */
public record TaskSource(Type type, String id) {

    public enum Type {
        /** A sample's final FAIL; the id is the sample id. */
        SAMPLE_FAILED,
        /** A substantiated report (举报) whose violation needs correction; the id is the complaint case id. */
        REPORT,
        /** A recall the regulator ordered (责令召回): the defect is corrected too; the id is the recall id. */
        RECALL
    }
}
