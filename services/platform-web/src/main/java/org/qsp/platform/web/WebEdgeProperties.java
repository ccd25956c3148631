package org.qsp.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicPaths    paths open to anonymous callers besides the probes, docs and error page (each a path pattern,
 *                       optionally preceded by a method: {@code "POST /api/complaint/v1/cases"})
 * @param scrapePassword the password of the {@code prometheus} user that may read {@code /actuator/prometheus} on the
 *                       application port; none means nobody may there
 */
@ConfigurationProperties("qsp.security")
public record WebEdgeProperties(@DefaultValue List<String> publicPaths, String scrapePassword) {
}
