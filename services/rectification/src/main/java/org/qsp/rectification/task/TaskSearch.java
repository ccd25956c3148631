package org.qsp.rectification.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.qsp.platform.paging.Page;

/** The queries over tasks that the use cases need (implemented in {@code store}). */
public interface TaskSearch {

    /**
     * Which tasks: those of enterprises whose region starts with {@code regionPrefix} ("" for all,
     * null for no region condition), optionally of one enterprise and in one status.
     */
    record Filter(String regionPrefix, String uscc, TaskStatus status) {

        public Filter {
            if (regionPrefix != null && !regionPrefix.matches("\\d{0,6}")) {
                throw new IllegalArgumentException("a region prefix is up to six digits, not " + regionPrefix);
            }
        }

        public static Filter ownedBy(String uscc) {
            return new Filter(null, uscc, null);
        }
    }

    /** One page of the matching tasks, newest order first. */
    Page<RectificationTask> find(Filter filter, int page, int size);

    /** Ids of tasks in one of {@code statuses} whose correction deadline is before {@code day}, earliest first. */
    List<String> deadlineBefore(Set<TaskStatus> statuses, LocalDate day, int limit);

    /** Ids of OVERDUE tasks without a re-check whose re-check day is on or before {@code day}, earliest first. */
    List<String> recheckDueBy(LocalDate day, int limit);

    /**
     * Ids of RECHECK_FAILED tasks whose second re-check may start by {@code day} (public notice day 60) and is not
     * requested yet, earliest first.
     */
    List<String> secondRecheckFrom(LocalDate day, int limit);

    /** The KPI sums of the tasks whose correction deadline is in [from, to], per enterprise region under the prefix. */
    List<RegionFigures> figures(String regionPrefix, LocalDate from, LocalDate to);

    /** What {@link #figures} adds up for one enterprise region. */
    record RegionFigures(String region, long due, long closed, long closedOnTime, long overdue, long daysToClose) {
    }
}
