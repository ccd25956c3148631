package org.qsp.rectification.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskStatusTest {

    /** Row = from, column = to, in declaration order; x = allowed. */
    private static final String TABLE = """
                               NOTIFIED ACKNOWLEDGED OVERDUE REPORTED REQUESTED CLOSED FAILED SUSPENDED REVOKED
            NOTIFIED           .        x            x       .        .         .      .      .         .
            ACKNOWLEDGED       .        .            x       x        .         .      .      .         .
            OVERDUE            x        x            .       x        x         .      .      .         .
            REPORTED           .        x            x       .        x         .      .      .         .
            RECHECK_REQUESTED  .        .            .       .        .         x      x      .         .
            CLOSED             .        .            .       .        .         .      .      .         .
            RECHECK_FAILED     .        .            .       .        .         x      .      x         .
            SUSPENDED          .        .            .       .        .         x      .      .         x
            LICENCE_REVOKED    .        .            .       .        .         .      .      .         .
            """;

    private static final Map<TaskStatus, Set<TaskStatus>> ALLOWED = parse();

    private static Map<TaskStatus, Set<TaskStatus>> parse() {
        var allowed = new java.util.EnumMap<TaskStatus, Set<TaskStatus>>(TaskStatus.class);
        TABLE.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            Set<TaskStatus> to = EnumSet.noneOf(TaskStatus.class);
            for (int i = 1; i < cells.length; i++) {
                if (cells[i].equals("x")) {
                    to.add(TaskStatus.values()[i - 1]);
                }
            }
            allowed.put(TaskStatus.valueOf(cells[0]), to);
        });
        return allowed;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(TaskStatus.values()).flatMap(from -> Arrays.stream(TaskStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void every_move_between_two_statuses_is_allowed_only_if_the_table_says_so(TaskStatus from, TaskStatus to,
            boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void the_table_has_a_row_for_every_status() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(TaskStatus.values());
    }

    @Test
    void only_a_closed_task_and_a_revoked_licence_are_final() {
        assertThat(Arrays.stream(TaskStatus.values()).filter(TaskStatus::isFinal))
                .containsExactlyInAnyOrder(TaskStatus.CLOSED, TaskStatus.LICENCE_REVOKED);
    }

    @Test
    void the_correction_deadline_runs_while_notified_or_acknowledged() {
        assertThat(TaskStatus.awaitingCorrection())
                .containsExactlyInAnyOrder(TaskStatus.NOTIFIED, TaskStatus.ACKNOWLEDGED);
    }
}
