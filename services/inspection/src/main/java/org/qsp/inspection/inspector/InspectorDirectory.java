package org.qsp.inspection.inspector;

import java.util.Optional;

/**
 * The inspectors inspection knows (执法检查人员名录库), by id. A port: today typed configuration
 * fills it ({@link InspectorProperties}); the inspector pool of the random draw (issue 10: with
 * qualifications and declared conflicts) is its next adapter.
 */
public interface InspectorDirectory {

    Optional<Inspector> find(String id);
}
