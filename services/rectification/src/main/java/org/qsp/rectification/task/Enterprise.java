package org.qsp.rectification.task;

/**
 * The enterprise that must rectify, as the failed-sample event described it. Its GB/T 2260
 * {@code region} decides which regulators see the task ({@code Caller.supervises}).
 */
public record Enterprise(String uscc, String name, String region) {
}
