package org.qsp.inspection.plan;

import org.qsp.platform.paging.Page;

/** The plans of a region prefix, newest year and publication first. */
public interface PlanSearch {

    Page<Plan> find(String regionPrefix, Integer year, int page, int size);
}
