package org.qsp.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The working-day calendar and deadline arithmetic every service gets (complaints, recalls, rectification). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(properties.files());
        if (files.length == 0) {
            throw new IllegalStateException("no working-day calendar files match " + properties.files());
        }
        List<HolidayYear> years = new ArrayList<>();
        for (Resource file : files) {
            years.add(read(file));
        }
        WorkingDayCalendar calendar = new WorkingDayCalendar(years);
        log.info("working-day calendar covers {}", calendar.years());
        return calendar;
    }

    @Bean
    @ConditionalOnMissingBean
    Deadlines deadlines(WorkingDayCalendar calendar, CalendarProperties properties) {
        return new Deadlines(calendar, properties.zone());
    }

    private static HolidayYear read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return HolidayYears.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("calendar file " + file + " is not valid: " + e.getMessage(), e);
        }
    }
}
