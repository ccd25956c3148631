package org.qsp.recall.defect;

/** A piece of evidence, by reference to where it is kept: a test report, complaints, injuries, or anything else. */
public record Evidence(Type type, String reference) {

    public enum Type {
        TEST_REPORT, COMPLAINT, INJURY, OTHER
    }
}
