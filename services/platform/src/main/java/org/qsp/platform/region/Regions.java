package org.qsp.platform.region;

/** GB/T 2260 administrative division codes: which authority covers which place. */
public final class Regions {

    /** The code of a national authority (the State Administration), which covers every region. */
    public static final String NATIONAL = "100000";

    private Regions() {
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
}
