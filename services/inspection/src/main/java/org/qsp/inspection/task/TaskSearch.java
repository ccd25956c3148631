package org.qsp.inspection.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.qsp.platform.paging.Page;

/** Queries on tasks, and their bulk creation for a draw. */
public interface TaskSearch {

    /** An inspector's tasks: open first, then by due date. */
    Page<Task> assignedTo(String inspectorId, int page, int size);

    /** USCCs of drawn tasks of the authority (region and level) in the categories, opened since {@code since}. */
    Set<String> drawnByAuthority(String region, String level, Collection<String> categories, Instant since);

    /** USCCs of drawn tasks of the plan year in the categories whose authority is one of {@code authorityRegions}. */
    Set<String> drawnInYearBy(Collection<String> authorityRegions, int year, Collection<String> categories);

    /** Inserts the tasks that do not exist yet (by id); the others stay as they are. */
    void insertMissing(List<Task> tasks);
}
