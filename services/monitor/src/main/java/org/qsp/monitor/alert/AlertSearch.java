package org.qsp.monitor.alert;

import java.util.List;

/** Alerts of the regions under a prefix, newest first. */
public interface AlertSearch {

    /** @param state null for every state */
    List<Alert> under(String regionPrefix, AlertState state, int limit);
}
