package org.qsp.bench;

import java.net.URI;

import org.qsp.harness.SampleForms;

/**
 * Where and as whom the virtual users call: the gateway, rectification directly (for the direct GET baseline), the
 * demo users' tokens, a rectification task that exists (what the GET baselines read) and the sampling forms.
 */
public record Targets(URI gateway, URI rectification, String inspectorToken, String labToken,
        String regulatorToken, String knownTaskId, SampleForms forms) {

    public Targets withKnownTask(String taskId) {
        return new Targets(gateway, rectification, inspectorToken, labToken, regulatorToken, taskId, forms);
    }
}
