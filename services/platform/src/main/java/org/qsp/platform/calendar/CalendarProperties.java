package org.qsp.platform.calendar;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone  the time zone in which instants become calendar days for deadlines
 * @param files resource pattern of the working-day calendar files, one YAML file per year
 */
@Validated
@ConfigurationProperties("qsp.calendar")
public record CalendarProperties(@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @NotBlank @DefaultValue("classpath*:qsp/calendar/cn/*.yaml") String files) {
}
