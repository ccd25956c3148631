package org.qsp.platform.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qsp.platform.errors.DomainException;

/** The evidence a request cites, resolved against what its owner uploaded (a store that answers {@code find}). */
class CitedAttachmentsTest {

    private static final AttachmentOwner OWNER = new AttachmentOwner("task", "RT-S-1");
    private static final AttachmentOwner OTHER = new AttachmentOwner("task", "RT-S-2");
    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    /** Uploaded: photo-1 (JPEG), invoice_2 (PDF) and scan-3 (PNG) to the owner, other-1 to another owner. */
    private final AttachmentStore store = new Uploaded(Stream.of(
                    stored(OWNER, "photo-1", ImageType.JPEG, 10, "aa"),
                    stored(OWNER, "invoice_2", ImageType.PDF, 20, "bb"),
                    stored(OWNER, "scan-3", ImageType.PNG, 30, "cc"),
                    stored(OTHER, "other-1", ImageType.JPEG, 40, "dd"))
            .collect(Collectors.toMap(a -> a.key().value(), Function.identity())));

    private static Attachment stored(AttachmentOwner owner, String id, ImageType type, long bytes, String sha) {
        return new Attachment(new AttachmentKey(owner, id), type, bytes, sha, AT);
    }

    private static List<String> ids(String cited) {
        return cited.isBlank() ? List.of() : Arrays.asList(cited.split(" "));
    }

    private List<Attachment> resolve(String cited) {
        return CitedAttachments.resolve(store, OWNER, ids(cited), id -> "to task RT-S-1");
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource({
            "'',                         ''",
            "photo-1,                    photo-1",
            "scan-3 photo-1 invoice_2,   scan-3 photo-1 invoice_2",   // the order cited, not the store's
            "invoice_2 scan-3,           invoice_2 scan-3"})
    void the_cited_evidence_comes_back_in_the_order_cited(String cited, String expected) {
        assertThat(resolve(cited)).extracting(a -> a.key().name()).containsExactlyElementsOf(ids(expected));
    }

    @Test
    void each_cited_file_keeps_what_the_store_recorded_of_it() {
        assertThat(resolve("invoice_2")).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.sha256()).isEqualTo("bb");
            assertThat(a.bytes()).isEqualTo(20);
        });
    }

    @ParameterizedTest(name = "[{0}]: {1} on {2}")
    @CsvSource({
            "photo-1 photo-1,           duplicate-evidence,  evidence,   evidence photo-1 is cited twice",
            "photo-1 scan-3 photo-1,    duplicate-evidence,  evidence,   evidence photo-1 is cited twice",
            "photo-1 missing-9,         unknown-evidence,    evidence,   evidence missing-9 is not uploaded to task RT-S-1",
            "other-1,                   unknown-evidence,    evidence,   evidence other-1 is not uploaded to task RT-S-1",
            "photo-1 bad/id,            invalid-evidence-id, evidenceId, 'an evidence id is 1 to 64 letters, digits, underscores or hyphens'",
            "missing-9 bad/id,          unknown-evidence,    evidence,   evidence missing-9 is not uploaded to task RT-S-1",
            "bad/id missing-9,          invalid-evidence-id, evidenceId, 'an evidence id is 1 to 64 letters, digits, underscores or hyphens'"})
    void the_first_id_that_is_not_evidence_of_the_owner_cited_once_is_named(String cited, String code,
            String field, String message) {
        assertThatThrownBy(() -> resolve(cited)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void the_hint_where_to_upload_is_given_the_missing_id() {
        assertThatThrownBy(() -> CitedAttachments.resolve(store, OWNER, List.of("missing-9"),
                id -> "(PUT /api/credit/v1/repairs/evidence/" + id + ")"))
                .hasMessage("evidence missing-9 is not uploaded (PUT /api/credit/v1/repairs/evidence/missing-9)");
    }

    @ParameterizedTest(name = "id [{0}]")
    @CsvSource({"''", "a b", "x.jpg", "ä", "a12345678901234567890123456789012345678901234567890123456789012345"})
    void a_key_needs_an_evidence_id(String id) {
        assertThatThrownBy(() -> CitedAttachments.key(OWNER, id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("invalid-evidence-id"));
    }

    @Test
    void a_key_of_an_evidence_id_names_it_under_the_owner() {
        assertThat(CitedAttachments.key(OWNER, "photo-1").value()).isEqualTo("task/RT-S-1/photo-1");
        assertThatThrownBy(() -> CitedAttachments.key(OWNER, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("invalid-evidence-id"));
    }

    /** What was uploaded, by key; the store's other operations are not the helper's. */
    private record Uploaded(Map<String, Attachment> byKey) implements AttachmentStore {

        @Override
        public Optional<Attachment> find(AttachmentKey key) {
            return Optional.ofNullable(byKey.get(key.value()));
        }

        @Override
        public Stored put(AttachmentKey key, String declaredType, InputStream body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Content> open(AttachmentKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Attachment> list(AttachmentOwner owner) {
            throw new UnsupportedOperationException();
        }
    }
}
