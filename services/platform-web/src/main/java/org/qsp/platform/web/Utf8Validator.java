package org.qsp.platform.web;

/**
 * Strict UTF-8 (RFC 3629), one byte at a time: shortest forms only (the overlong {@code C0 AF} is not {@code /}),
 * no surrogates, nothing above U+10FFFF. Not thread-safe: one per stream.
 */
final class Utf8Validator {

    private int pending;     // continuation bytes still expected
    private int codePoint;
    private int min;         // the smallest code point the current sequence may spell
    private int last = -1;   // the last complete code point

    /** Takes the next byte; false when the bytes so far are not UTF-8. */
    boolean accept(int b) {
        if (pending > 0) {
            if ((b & 0xc0) != 0x80) {
                return false;
            }
            codePoint = codePoint << 6 | (b & 0x3f);
            if (--pending == 0) {
                if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
                    return false;
                }
                last = codePoint;
            }
            return true;
        }
        if (b < 0x80) {
            last = b;
            return true;
        }
        if ((b & 0xe0) == 0xc0) {
            pending = 1; codePoint = b & 0x1f; min = 0x80;
        } else if ((b & 0xf0) == 0xe0) {
            pending = 2; codePoint = b & 0x0f; min = 0x800;
        } else if ((b & 0xf8) == 0xf0) {
            pending = 3; codePoint = b & 0x07; min = 0x10000;
        } else {
            return false;
        }
        last = -1;
        return true;
    }

    /** True when no sequence is left open. */
    boolean complete() {
        return pending == 0;
    }

    /** The code point the last byte completed, or -1 when a sequence is still open. */
    int lastCodePoint() {
        return pending == 0 ? last : -1;
    }
}
