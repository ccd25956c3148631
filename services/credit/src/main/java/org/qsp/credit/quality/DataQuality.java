package org.qsp.credit.quality;

import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.errors.NotFound;

/**
 * Reads the data-quality flags: a regulator sees those of the regions it supervises, on either side
 * of the conflict; a flag outside them is "not found", as if it did not exist.
 */
@Service
public class DataQuality {

    private final DataQualityFlags flags;

    DataQuality(DataQualityFlags flags) {
        this.flags = flags;
    }

    /** The flags the regulator may see, optionally narrowed to a region and to one enterprise, newest first. */
    public FlagPage list(Caller regulator, String region, String uscc, int page, int size) {
        return regulator.supervisedPrefixWithin(region).map(prefix -> flags.search(prefix, uscc, page, size))
                .orElseGet(() -> new FlagPage(List.of(), page, size, 0));
    }

    public DataQualityFlag get(String id, Caller regulator) {
        return flags.find(id).filter(flag -> flag.visibleTo(regulator))
                .orElseThrow(() -> new NotFound("data-quality flag", id));
    }
}
