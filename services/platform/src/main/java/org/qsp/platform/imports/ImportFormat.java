package org.qsp.platform.imports;

import org.springframework.http.MediaType;

/** The body formats of a bulk import: one JSON object per line, or CSV with a header row. */
public enum ImportFormat {
    NDJSON, CSV;

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";

    /** The format of a request body by its content type (the endpoint consumes only these two). */
    public static ImportFormat of(String contentType) {
        return MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType(NDJSON_TYPE)) ? NDJSON
                : CSV;
    }
}
