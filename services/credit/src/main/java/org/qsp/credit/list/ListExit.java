package org.qsp.credit.list;

/** Why an enterprise left a list. */
public enum ListExit {
    /** Its time was served (serious list: 3 years). */
    EXPIRED,
    /** A regulator removed the abnormal-operation entry: the enterprise fixed what put it there. */
    FIXED,
    /** Credit repair approved. */
    REPAIRED,
    /** The penalty it followed was revoked. */
    REVOKED,
    /** 3 years abnormal without fixing: the enterprise is on the serious-dishonesty list now. */
    MOVED_TO_SERIOUS
}
