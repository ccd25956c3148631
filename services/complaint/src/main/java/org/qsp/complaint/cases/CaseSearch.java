package org.qsp.complaint.cases;

import java.time.LocalDate;
import java.util.List;

import org.qsp.platform.paging.Page;

/** The queries over cases that the use cases need (implemented in {@code store}). */
public interface CaseSearch {

    /**
     * Which cases: handled by an authority whose region starts with {@code regionPrefix} (null: any), about one
     * respondent, filed by one person, in one status, acceptance overdue or not, of one kind (null: any).
     */
    record Filter(String regionPrefix, String uscc, String filedBy, CaseStatus status, Boolean overdue,
            CaseKind kind) {

        public Filter {
            if (regionPrefix != null && !regionPrefix.matches("\\d{0,6}")) {
                throw new IllegalArgumentException("a region prefix is up to six digits, not " + regionPrefix);
            }
        }
    }

    /** One page of the matching cases, newest receipt first. */
    Page<ComplaintCase> find(Filter filter, int page, int size);

    /** Ids of RECEIVED cases whose acceptance deadline is before {@code day} and that are not marked overdue yet. */
    List<String> acceptanceDeadlineBefore(LocalDate day, int limit);
}
