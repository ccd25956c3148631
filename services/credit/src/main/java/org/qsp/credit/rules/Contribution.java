package org.qsp.credit.rules;

/** One record that moved a score, and by how much. */
public record Contribution(String recordId, RecordType type, int points) {
}
