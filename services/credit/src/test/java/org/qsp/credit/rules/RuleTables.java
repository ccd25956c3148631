package org.qsp.credit.rules;

import java.util.EnumMap;
import java.util.Map;

/** Rule tables for tests: the points of penalties, lists, repairs and failed re-checks (issue 11) beside a table of the others. */
public final class RuleTables {

    /** The points of application.yml for the record types of penalties, lists, repairs and failed re-checks. */
    public static final Map<RecordType, Integer> PENALTIES_AND_LISTS = Map.of(RecordType.PENALTY_WARNING, -5,
            RecordType.PENALTY_CRITICISM, -10, RecordType.PENALTY_FINE, -15, RecordType.PENALTY_CONFISCATION, -20,
            RecordType.PENALTY_SUSPENSION, -30, RecordType.PENALTY_LICENCE_REVOCATION, -40,
            RecordType.SERIOUS_DISHONESTY_LISTED, -30, RecordType.ABNORMAL_OPERATION_LISTED, -10,
            RecordType.CREDIT_REPAIRED, 0, RecordType.RECHECK_FAILED, -30);

    /** The same spelled as {@code TYPE=points} words, for tables of rule tables. */
    public static final String PENALTIES_AND_LISTS_WORDS = "PENALTY_WARNING=-5 PENALTY_CRITICISM=-10 PENALTY_FINE=-15 "
            + "PENALTY_CONFISCATION=-20 PENALTY_SUSPENSION=-30 PENALTY_LICENCE_REVOCATION=-40 "
            + "SERIOUS_DISHONESTY_LISTED=-30 ABNORMAL_OPERATION_LISTED=-10 CREDIT_REPAIRED=0 RECHECK_FAILED=-30";

    private RuleTables() {
    }

    /** {@code points} with the points of penalties, lists and repairs added (those of {@code points} win). */
    public static Map<RecordType, Integer> with(Map<RecordType, Integer> points) {
        Map<RecordType, Integer> all = new EnumMap<>(PENALTIES_AND_LISTS);
        all.putAll(points);
        return all;
    }
}
