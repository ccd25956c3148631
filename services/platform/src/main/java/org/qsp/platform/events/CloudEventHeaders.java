package org.qsp.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attribute headers carry the {@code ce_} prefix. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String DATASCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The last value of a header as UTF-8 text, or null when the record has none. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
