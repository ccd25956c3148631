package org.qsp.inspection.sample;

/**
 * The sampling task a visit (form, cannot-sample, refusal) fulfils, as the task was when the visit was recorded:
 * kept on the sample so that its final verdict can tell a re-check from a new sampling without reading the task.
 *
 * @param id     the task's id (the form's {@code taskId})
 * @param type   DRAWN, TARGETED or RECHECK
 * @param source the draw, the complaint cluster, or the rectification task (RECHECK) it comes from
 * @param round  the re-check's round (RECHECK only)
 */
public record TaskRef(String id, String type, String source, Integer round) {

    public static final String RECHECK = "RECHECK";

    public boolean recheck() {
        return RECHECK.equals(type);
    }
}
