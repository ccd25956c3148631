package org.qsp.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.qsp.platform.outbox.OutboxCollection;
import org.qsp.rectification.calendar.Deadlines;
import org.qsp.rectification.calendar.HolidayYear;
import org.qsp.rectification.calendar.HolidayYears;
import org.qsp.rectification.calendar.WorkingDayCalendar;
import org.qsp.rectification.task.RectificationPolicy;
import org.qsp.rectification.task.RectificationTask;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RectificationProperties.class)
class RectificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RectificationConfiguration.class);

    @Bean
    OutboxCollection tasksOutbox() {
        return new OutboxCollection(RectificationTask.COLLECTION);
    }

    @Bean
    WorkingDayCalendar workingDayCalendar(RectificationProperties properties) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(properties.calendar());
        if (files.length == 0) {
            throw new IllegalStateException("no working-day calendar files match " + properties.calendar());
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
    Deadlines deadlines(WorkingDayCalendar calendar, RectificationProperties properties) {
        return new Deadlines(calendar, properties.zone());
    }

    @Bean
    RectificationPolicy rectificationPolicy(Deadlines deadlines, RectificationProperties properties) {
        return new RectificationPolicy(deadlines, properties.correctionDays(), properties.recheckDays());
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
