package org.qsp.platform.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one year of the holiday schedule from its YAML data file ({@code qsp/calendar/cn/<year>.yaml}):
 * {@code year}, {@code source}, {@code daysOff} as named blocks {@code {name, from, to}} (both ends
 * included) and {@code makeUpWorkingDays} as a list of dates.
 */
public final class HolidayYears {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private HolidayYears() {
    }

    public static HolidayYear read(InputStream yaml) {
        return YAML.readValue(yaml, HolidayYearFile.class).toHolidayYear();
    }

    record HolidayYearFile(int year, String source, List<Block> daysOff, List<LocalDate> makeUpWorkingDays) {

        HolidayYear toHolidayYear() {
            if (daysOff == null || makeUpWorkingDays == null) {
                throw new IllegalArgumentException("holiday year " + year + " needs daysOff and makeUpWorkingDays");
            }
            Set<LocalDate> off = new HashSet<>();
            for (Block block : daysOff) {
                if (block.from() == null || block.to() == null || block.to().isBefore(block.from())) {
                    throw new IllegalArgumentException("holiday block " + block + " of " + year
                            + " needs from <= to");
                }
                block.from().datesUntil(block.to().plusDays(1)).forEach(off::add);
            }
            return new HolidayYear(year, source, off, Set.copyOf(makeUpWorkingDays));
        }
    }

    record Block(String name, LocalDate from, LocalDate to) {
    }
}
