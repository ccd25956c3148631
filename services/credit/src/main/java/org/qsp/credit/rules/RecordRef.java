package org.qsp.credit.rules;

/** A credit record as the scoring sees it: its id and its type. */
public record RecordRef(String id, RecordType type) {
}
