package org.qsp.platform.kafka;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Exposes the operator's dead-letter endpoints of {@link DeadLetterController}. */
@Configuration(proxyBeanMethods = false)
@Import(DeadLetterController.class)
public class DeadLetterControllerConfiguration {
}
