package org.qsp.inspection.sample;

/** What a visit did for its task: took a sample, could not sample (不得抽样), or was refused (拒绝抽样). */
public enum TaskOutcome {
    SAMPLED, CANNOT_SAMPLE, REFUSED
}
