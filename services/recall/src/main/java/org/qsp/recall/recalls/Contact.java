package org.qsp.recall.recalls;

/**
 * The producer's contact person for the recall. Personal data: shown to the producer and the regulator only, never
 * in the public feed, an event, a log line or a metric.
 */
public record Contact(String name, String phone) {
}
