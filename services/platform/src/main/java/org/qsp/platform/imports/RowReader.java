package org.qsp.platform.imports;

import java.util.List;

/**
 * Reads and checks the rows of one import, a line at a time (a service's rules: which fields, which codes). One
 * reader per job: a CSV reader keeps the header's column order.
 *
 * @param <T> what a valid row becomes
 */
public interface RowReader<T> {

    /**
     * @return the outcome of the line, or null for a line that holds no row (blank, or the CSV header)
     * @throws IllegalArgumentException when a CSV body's first line is not the header (the job fails)
     */
    Row<T> read(long line, String text);

    /** A line's outcome: the value, or why the line was refused (the value is null then). */
    record Row<T>(T value, List<ImportJob.RowError> errors) {

        public static <T> Row<T> of(T value) {
            return new Row<>(value, List.of());
        }

        public static <T> Row<T> refused(List<ImportJob.RowError> errors) {
            return new Row<>(null, List.copyOf(errors));
        }
    }
}
