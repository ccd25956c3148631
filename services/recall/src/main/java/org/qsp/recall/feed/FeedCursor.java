package org.qsp.recall.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.qsp.platform.errors.InvalidField;

/**
 * Where a client stands in the public feed: after the recall {@code recallNumber} last published at
 * {@code lastPublished}. The feed is ordered by (last published, recall number), so the next page starts right after
 * the cursor whatever was written meanwhile: a recall published again moves behind the cursor's end and is seen
 * again there, none is skipped. Opaque to clients (base64url of {@code <epoch seconds>.<nanos>~<recall number>}).
 */
public record FeedCursor(Instant lastPublished, String recallNumber) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        String plain = lastPublished.getEpochSecond() + "." + lastPublished.getNano() + "~" + recallNumber;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent, or 400 {@code invalid-cursor}. */
    public static FeedCursor decode(String text) {
        try {
            String plain = new String(DECODER.decode(text), StandardCharsets.US_ASCII);
            String[] parts = plain.split("~", 2);
            String[] time = parts[0].split("\\.", 2);
            if (parts.length != 2 || time.length != 2 || !parts[1].matches("RC-[0-9A-Z]{12}")) {
                throw invalid();
            }
            return new FeedCursor(Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), parts[1]);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvalidField invalid() {
        return new InvalidField("invalid-cursor", "cursor", "is not a cursor this feed gave out");
    }
}
