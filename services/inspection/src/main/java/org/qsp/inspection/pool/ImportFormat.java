package org.qsp.inspection.pool;

/** The body formats of an enterprise import: one JSON object per line, or CSV with a header row. */
public enum ImportFormat {
    NDJSON, CSV
}
