package org.qsp.inspection.draw;

import java.time.Instant;
import java.util.List;

/** Draws whose tasks are not all open yet (the process stopped between the draw and its tasks). */
public interface DrawSearch {

    List<String> withTasksPending(Instant drawnBefore, int limit);
}
