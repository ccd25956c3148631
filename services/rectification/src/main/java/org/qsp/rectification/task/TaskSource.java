package org.qsp.rectification.task;

/** What caused the task: today a failed sample; later a substantiated report, a complaint, a recall. */
public record TaskSource(Type type, String id) {

    public enum Type {
        SAMPLE_FAILED
    }
}
