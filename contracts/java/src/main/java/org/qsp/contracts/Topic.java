package org.qsp.contracts;

/**
 * A Kafka topic that crosses a service boundary.
 *
 * @param name       {@code <context>.<entity>}, lowercase with dots
 * @param key        what the record key holds (always the aggregate id)
 * @param partitions the declared partition count (at least 3)
 */
public record Topic(String name, String key, int partitions) {

    public Topic {
        if (!name.matches("[a-z]+(\\.[a-z]+)+")) {
            throw new IllegalArgumentException("topic names are <context>.<entity> in lowercase: " + name);
        }
        if (partitions < 3) {
            throw new IllegalArgumentException("topics declare at least 3 partitions: " + name);
        }
    }

    public String deadLetterTopic() {
        return name + "-dlt";
    }
}
