package org.qsp.inspection.sample;

import org.qsp.platform.errors.InvalidField;

/** Where the sample was taken (WGS 84 degrees, as the phone reports them). */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidField("validation-failed", "location.lat", "location.lat must be between -90 and 90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidField("validation-failed", "location.lon", "location.lon must be between -180 and 180");
        }
    }
}
