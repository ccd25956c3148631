package org.qsp.platform.web;

/**
 * Checks a raw (undecoded) path or query: each {@code %} is followed by two hex digits, the bytes it spells form
 * strict UTF-8, and no character, escaped or not, is a control character (C0, DEL, C1), a bidirectional override
 * or isolate, or a non-character: what no text field of a request takes either.
 */
final class UrlEscapes {

    private UrlEscapes() {
    }

    static boolean wellFormed(String raw) {
        Utf8Validator utf8 = new Utf8Validator();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                if (!utf8.complete() || control(c)) {
                    return false;
                }
                continue;
            }
            if (i + 2 >= raw.length()) {
                return false;
            }
            int hi = Character.digit(raw.charAt(i + 1), 16);
            int lo = Character.digit(raw.charAt(i + 2), 16);
            if (hi < 0 || lo < 0 || !utf8.accept(hi << 4 | lo)) {
                return false;
            }
            i += 2;
            int decoded = utf8.lastCodePoint();
            if (decoded >= 0 && (control(decoded) || invisibleOrNot(decoded))) {
                return false;
            }
        }
        return utf8.complete();
    }

    private static boolean control(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }

    /** Bidirectional overrides and isolates, which reorder what a reader sees, and the non-characters. */
    private static boolean invisibleOrNot(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfffe || c == 0xffff;
    }
}
