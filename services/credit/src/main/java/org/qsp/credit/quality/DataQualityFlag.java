package org.qsp.credit.quality;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.platform.access.Caller;

/**
 * Something an event said about an enterprise that contradicts its credit file, kept for a person
 * to look at instead of being taken over: today an event that places the enterprise in another
 * region than its region of record (a sampling form naming another region, a typo, or an attempt to
 * move the file out of its regulators' sight). Its id derives from the source event, so the same
 * event delivered again finds its flag. Indexed for the regulators of either region and per
 * enterprise, newest first.
 *
 * @param regionOfRecord where the credit file is (and stays)
 * @param claimedRegion  where the event placed the enterprise (may be no real region at all)
 * @param sourceEvent    the source event's {@code ce_source/ce_id}
 * @param sourceType     its CloudEvents type
 * @param sourceId       what it is about (the sample)
 * @param occurredAt     when it happened, as the event says
 * @param detectedAt     when credit kept the flag
 */
@Document("data_quality_flags")
@CompoundIndex(name = "regionOfRecord_detectedAt", def = "{'regionOfRecord': 1, 'detectedAt': -1}")
@CompoundIndex(name = "claimedRegion_detectedAt", def = "{'claimedRegion': 1, 'detectedAt': -1}")
@CompoundIndex(name = "uscc_detectedAt", def = "{'uscc': 1, 'detectedAt': -1}")
public record DataQualityFlag(@Id String id, FlagKind kind, String uscc, String enterpriseName,
        String regionOfRecord, String claimedRegion, String sourceEvent, String sourceType, String sourceId,
        Instant occurredAt, Instant detectedAt) {

    public enum FlagKind {
        /** An event named the enterprise with a region other than its region of record. */
        REGION_CONFLICT
    }

    /** The flag of an event that placed the enterprise in {@code claimedRegion}, not in its region of record. */
    public static DataQualityFlag regionConflict(String sourceEvent, String sourceType, String sourceId,
            Instant occurredAt, String uscc, String enterpriseName, String regionOfRecord, String claimedRegion,
            Instant detectedAt) {
        return new DataQualityFlag(idOf(sourceEvent), FlagKind.REGION_CONFLICT, uscc, enterpriseName, regionOfRecord,
                claimedRegion, sourceEvent, sourceType, sourceId, occurredAt, detectedAt);
    }

    /** A URL-safe id, the same for every delivery of the event. */
    public static String idOf(String sourceEvent) {
        return "DQ-" + UUID.nameUUIDFromBytes(sourceEvent.getBytes(StandardCharsets.UTF_8));
    }

    /** A regulator of either region sees the flag: both have something to correct or to watch. */
    public boolean visibleTo(Caller caller) {
        return caller.supervises(regionOfRecord) || caller.supervises(claimedRegion);
    }
}
