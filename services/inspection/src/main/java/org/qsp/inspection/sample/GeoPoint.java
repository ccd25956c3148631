package org.qsp.inspection.sample;

import org.qsp.platform.errors.InvalidField;

/**
 * Where the sample was taken (WGS 84 degrees, as the phone reports them).
 *
 * @param accuracy the fix's horizontal accuracy in metres as the phone reports it (may be null)
 */
public record GeoPoint(double lat, double lon, Double accuracy) {

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidField("validation-failed", "location.lat", "location.lat must be between -90 and 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidField("validation-failed", "location.lon", "location.lon must be between -180 and 180");
        }
        if (accuracy != null && !(accuracy >= 0 && accuracy <= 100_000)) {
            throw new InvalidField("validation-failed", "location.accuracy",
                    "location.accuracy must be between 0 and 100000 metres");
        }
    }

    public GeoPoint(double lat, double lon) {
        this(lat, lon, null);
    }
}
