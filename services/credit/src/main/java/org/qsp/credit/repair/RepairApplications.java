package org.qsp.credit.repair;

import java.util.Optional;

import org.qsp.platform.paging.Page;

/** Queries over repair applications (a port: the store adapter implements it). */
public interface RepairApplications {

    /** The open application of the target, if there is one. */
    Optional<RepairApplication> open(RepairTarget target, String targetId);

    /** How many applications the target has had: numbers the next one. */
    long count(RepairTarget target, String targetId);

    /** Applications newest first: of one enterprise (uscc) or of the regions with a prefix (uscc null). */
    Page<RepairApplication> find(String uscc, String regionPrefix, RepairApplication.Status status, int page,
            int size);
}
