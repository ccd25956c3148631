package org.qsp.credit.rules;

/**
 * What the records of one type moved a score by: how many there are, the points of each, and so
 * the points of all of them together.
 *
 * @param type       the record type
 * @param records    how many records of that type are counted
 * @param pointsEach the rule table's points of one record of that type (when it was assessed)
 */
public record Contribution(RecordType type, int records, int pointsEach) {

    public int points() {
        return records * pointsEach;
    }
}
