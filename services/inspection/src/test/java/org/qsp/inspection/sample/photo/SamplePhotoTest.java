package org.qsp.inspection.sample.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.qsp.inspection.InspectionIntegrationTest;
import org.qsp.platform.test.TestImages;
import org.qsp.platform.test.TestUsccs;
import org.qsp.platform.test.Tokens;

/**
 * Photos and signature images of a sample through the API: stored in GridFS (bucket {@code photos}) as they were
 * sent, idempotent on the phone's photo id, sniffed, held to the photo limit (5 MiB), and shown to whoever may read
 * the sample.
 */
class SamplePhotoTest extends InspectionIntegrationTest {

    private static final String REGION = "330106";
    private static final int LIMIT = 5 * 1024 * 1024;
    private final String uscc = TestUsccs.valid(REGION);
    private String sampleId;

    @BeforeEach
    void aSample() throws Exception {
        sampleId = sampled(form(uscc, REGION, "insp-a", "insp-b"));
    }

    private ResultActions putPhoto(String sample, String photoId, String type, byte[] bytes,
            RequestPostProcessor token) throws Exception {
        return mvc.perform(put("/api/inspection/v1/samples/{id}/photos/{photoId}", sample, photoId).with(token)
                .contentType(type).content(bytes));
    }

    private ResultActions getPhoto(String sample, String photoId, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/inspection/v1/samples/{id}/photos/{photoId}", sample, photoId).with(token));
    }

    private ResultActions listPhotos(String sample, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/inspection/v1/samples/{id}/photos", sample).with(token));
    }

    /** The files documents of the sample's photo (0 or 1), and every chunk of the bucket. */
    private long files(String sample, String photoId) {
        return mongo.getCollection("photos.files")
                .countDocuments(Filters.eq("filename", "sample/" + sample + "/" + photoId));
    }

    private long chunks() {
        return mongo.getCollection("photos.chunks").countDocuments();
    }

    @Test
    void a_signing_inspector_uploads_a_photo_and_it_comes_back_byte_for_byte() throws Exception {
        byte[] jpeg = TestImages.jpeg(700_000, 1);
        putPhoto(sampleId, "scene-1", "image/jpeg", jpeg, inspector("insp-a")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.photoId").value("scene-1"))
                .andExpect(jsonPath("$.sha256").value(sha256(jpeg)))
                .andExpect(jsonPath("$.bytes").value(700_000))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"));
        byte[] png = TestImages.png(2_000, 2);
        putPhoto(sampleId, "signature", "image/png", png, inspector("insp-b")).andExpect(status().isCreated());

        var answer = getPhoto(sampleId, "scene-1", inspector("insp-a")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Length", "700000"))
                .andExpect(header().string("ETag", "\"" + sha256(jpeg) + "\"")).andReturn();
        assertThat(answer.getResponse().getContentAsByteArray()).isEqualTo(jpeg);
        assertThat(getPhoto(sampleId, "signature", inspector("insp-b")).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(png);
        listPhotos(sampleId, inspector("insp-a")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].photoId").value("scene-1"))
                .andExpect(jsonPath("$.items[1].photoId").value("signature"))
                .andExpect(jsonPath("$.items[1].sha256").value(sha256(png)))
                .andExpect(jsonPath("$.items[1].contentType").value("image/png"));
    }

    @Test
    void the_same_photo_again_is_answered_200_as_before_and_other_bytes_under_its_id_409() throws Exception {
        byte[] jpeg = TestImages.jpeg(30_000, 3);
        String first = putPhoto(sampleId, "p-1", "image/jpeg", jpeg, inspector("insp-a"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String replay = putPhoto(sampleId, "p-1", "image/jpeg", jpeg, inspector("insp-b"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(replay).isEqualTo(first);

        putPhoto(sampleId, "p-1", "image/jpeg", TestImages.jpeg(30_000, 4), inspector("insp-a"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("attachment-conflict"));
        assertThat(getPhoto(sampleId, "p-1", inspector("insp-a")).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(jpeg);
        assertThat(files(sampleId, "p-1")).isEqualTo(1);
    }

    @Test
    void a_body_that_is_not_the_image_it_claims_is_refused_415_and_nothing_is_stored() throws Exception {
        long chunksBefore = chunks();
        putPhoto(sampleId, "p-1", "image/jpeg", TestImages.png(5_000, 5), inspector("insp-a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("attachment-content-mismatch"));
        putPhoto(sampleId, "p-2", "image/png", "这不是图片, just text".getBytes(StandardCharsets.UTF_8),
                inspector("insp-a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("attachment-content-mismatch"));
        putPhoto(sampleId, "p-3", "image/gif", "GIF89a".getBytes(StandardCharsets.US_ASCII), inspector("insp-a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("unsupported-media-type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("image/jpeg")));
        putPhoto(sampleId, "p-4", "application/json", "{}".getBytes(StandardCharsets.UTF_8), inspector("insp-a"))
                .andExpect(status().isUnsupportedMediaType());
        putPhoto(sampleId, "p-5", "text/plain", TestImages.jpeg(5_000, 12), inspector("insp-a"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("malformed-request"));
        putPhoto(sampleId, "p-6", "text/plain", "纯文本".getBytes(StandardCharsets.UTF_8), inspector("insp-a"))
                .andExpect(status().isUnsupportedMediaType());
        for (String photo : List.of("p-1", "p-2", "p-3", "p-4", "p-5", "p-6")) {
            assertThat(files(sampleId, photo)).isZero();
        }
        assertThat(chunks()).isEqualTo(chunksBefore);
    }

    @Test
    void a_photo_over_the_limit_is_refused_413_and_nothing_is_stored_while_one_at_the_limit_is_taken()
            throws Exception {
        long chunksBefore = chunks();
        putPhoto(sampleId, "too-big", "image/jpeg", TestImages.jpeg(LIMIT + 1, 6), inspector("insp-a"))
                .andExpect(status().isContentTooLarge()).andExpect(jsonPath("$.code").value("payload-too-large"));
        assertThat(files(sampleId, "too-big")).isZero();
        assertThat(chunks()).isEqualTo(chunksBefore);

        putPhoto(sampleId, "at-limit", "image/jpeg", TestImages.jpeg(LIMIT, 7), inspector("insp-a"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.bytes").value(LIMIT));
    }

    @Test
    void the_photo_limit_holds_for_the_photo_path_only() throws Exception {
        var form = form(uscc, REGION, "insp-a", "insp-b");
        form.put("fuzzPadding", "x".repeat(70_000));
        putForm(newId(), form, inspector("insp-a")).andExpect(status().isContentTooLarge());
        mvc.perform(put("/api/inspection/v1/samples/{id}/result", sampleId).with(inspector("insp-a"))
                .contentType("application/json").content(new byte[70_000]))
                .andExpect(status().isContentTooLarge());
    }

    @Test
    void uploads_of_one_photo_at_once_leave_one_file() throws Exception {
        byte[] jpeg = TestImages.jpeg(600_000, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String signer = i % 2 == 0 ? "insp-a" : "insp-b";
                answers.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return putPhoto(sampleId, "same", "image/jpeg", jpeg, inspector(signer)).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(files(sampleId, "same")).isEqualTo(1);
        Document file = mongo.getCollection("photos.files")
                .find(Filters.eq("filename", "sample/" + sampleId + "/same")).first();
        assertThat(mongo.getCollection("photos.chunks").countDocuments(Filters.eq("files_id", file.get("_id"))))
                .isEqualTo(3);
        assertThat(mongo.getCollection("photos.uploads").countDocuments(Filters.eq("key",
                "sample/" + sampleId + "/same"))).isZero();
    }

    @Test
    void only_the_signing_inspectors_add_photos_and_others_are_told_the_sample_does_not_exist() throws Exception {
        byte[] jpeg = TestImages.jpeg(1_000, 9);
        String absent = newId();
        String absentAnswer = putPhoto(absent, "p-1", "image/jpeg", jpeg, inspector("insp-a"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"))
                .andReturn().getResponse().getContentAsString();
        String strangerAnswer = putPhoto(sampleId, "p-1", "image/jpeg", jpeg, Tokens.inspector("insp-x", REGION))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(strangerAnswer.replace(sampleId, "{id}")).isEqualTo(absentAnswer.replace(absent, "{id}"));
        for (RequestPostProcessor wrongRole : List.of(Tokens.lab("lab-1"), Tokens.regulator("reg-1", REGION),
                Tokens.enterprise("ent-1", uscc), Tokens.consumer("c-1"), Tokens.admin())) {
            putPhoto(sampleId, "p-1", "image/jpeg", jpeg, wrongRole).andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/inspection/v1/samples/{id}/photos/{photoId}", sampleId, "p-1")
                .contentType("image/jpeg").content(jpeg)).andExpect(status().isUnauthorized());
        assertThat(files(sampleId, "p-1")).isZero();
        putPhoto(sampleId, "p-1", "image/jpeg", jpeg, inspector("insp-b")).andExpect(status().isCreated());
    }

    @Test
    void a_photo_is_read_by_whoever_may_read_its_sample_and_hidden_from_everyone_else() throws Exception {
        putPhoto(sampleId, "p-1", "image/png", TestImages.png(1_000, 10), inspector("insp-a"))
                .andExpect(status().isCreated());
        for (RequestPostProcessor reader : List.of(inspector("insp-a"), inspector("insp-b"), Tokens.lab("lab-1"),
                Tokens.regulator("reg-county", REGION), Tokens.regulator("reg-city", "330100"),
                Tokens.enterprise("ent-1", uscc))) {
            getPhoto(sampleId, "p-1", reader).andExpect(status().isOk());
            listPhotos(sampleId, reader).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].photoId")
                    .value("p-1"));
        }
        String absent = newId();
        for (RequestPostProcessor stranger : List.of(Tokens.inspector("insp-x", REGION),
                Tokens.regulator("reg-nj", "320100"), Tokens.enterprise("ent-2", TestUsccs.valid(REGION)))) {
            String hidden = getPhoto(sampleId, "p-1", stranger).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            String none = getPhoto(absent, "p-1", stranger).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(hidden.replace(sampleId, "{id}")).isEqualTo(none.replace(absent, "{id}"));
            listPhotos(sampleId, stranger).andExpect(status().isNotFound());
        }
        getPhoto(sampleId, "p-2", inspector("insp-a")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        getPhoto(sampleId, "p-1", Tokens.consumer("c-1")).andExpect(status().isForbidden());
        mvc.perform(get("/api/inspection/v1/samples/{id}/photos/{photoId}", sampleId, "p-1"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void photo_ids_outside_the_shape_are_refused_400() throws Exception {
        byte[] jpeg = TestImages.jpeg(1_000, 11);
        for (String bad : List.of("a.b", "x".repeat(65), "a b", "ä")) {
            putPhoto(sampleId, bad, "image/jpeg", jpeg, inspector("insp-a")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("invalid-photo-id"))
                    .andExpect(jsonPath("$.errors[0].field").value("photoId"));
        }
        getPhoto(sampleId, "a.b", inspector("insp-a")).andExpect(status().isBadRequest());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
