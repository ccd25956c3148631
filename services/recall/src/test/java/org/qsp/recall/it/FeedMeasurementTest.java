package org.qsp.recall.it;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.test.TestUsccs;
import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.Evidence;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;
import org.qsp.recall.defect.RecallDeadlines;
import org.qsp.recall.defect.RiskLevel;
import org.qsp.recall.recalls.Contact;
import org.qsp.recall.recalls.Recall;
import org.qsp.recall.recalls.RecallId;
import org.qsp.recall.recalls.RecallPlan;
import org.qsp.recall.recalls.Remedy;
import org.qsp.recall.recalls.Review;
import org.qsp.recall.recalls.SalesChannel;
import org.qsp.recall.recalls.Units;
import tools.jackson.databind.JsonNode;

/**
 * Not a test: a measurement of the public feed over 10,000 published recalls, run on demand with
 * {@code -Dqsp.measure.feed=true}. It stores 10,000 recalls as the service would (each filed, accepted and reported
 * once through the aggregate, last published over 30 days) straight into the in-process store, and times the feed's
 * first page, an {@code updatedSince} page and a cursor page in the middle through MockMvc (median and p95 of 30 runs
 * after 5 warm-up runs). With {@code -Dqsp.measure.feed.uri=mongodb://…/qsp_recall} it also stores the same recalls in
 * that database (a running stack's store), for timing the feed there through the gateway.
 */
@EnabledIfSystemProperty(named = "qsp.measure.feed", matches = "true")
class FeedMeasurementTest extends RecallIntegrationTest {

    static final int RECALLS = 10_000;
    static final String SEEDED_BY = "feed-measurement";
    static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

    @org.springframework.beans.factory.annotation.Autowired
    RecallDeadlines rules;

    @Test
    void the_feed_over_ten_thousand_recalls() throws Exception {
        List<Document> documents = seed();
        mongo.getCollection(Recall.COLLECTION).insertMany(documents);
        Optional.ofNullable(System.getProperty("qsp.measure.feed.uri")).ifPresent(uri -> {
            try (MongoClient client = MongoClients.create(uri)) {
                var collection = client.getDatabase(new com.mongodb.ConnectionString(uri).getDatabase())
                        .getCollection(Recall.COLLECTION);
                collection.deleteMany(new Document("filedBy", SEEDED_BY));
                collection.insertMany(documents.stream().map(Document::new).toList());
            }
        });
        try {
            JsonNode first = feed("size=20");
            String middle = cursorAfter(RECALLS / 2);
            Instant since = START.plus(Duration.ofDays(29));
            report("first page (size 20)", () -> feed("size=20"));
            report("updatedSince, last day (size 20)", () -> feed("size=20&updatedSince=" + since));
            report("cursor page in the middle (size 20)", () -> feed("size=20&cursor=" + middle));
            report("cursor page in the middle (size 100)", () -> feed("size=100&cursor=" + middle));
            report("one producer (uscc)", () -> feed("size=20&uscc=" + first.get("items").get(0).get("producer")
                    .get("uscc").asString()));
            report("text in product or brand", () -> feed("size=20&q=" + "电热水壶"));
            report("region sold in (330200)", () -> feed("size=20&region=330203"));
        } finally {
            mongo.remove(new Query(Criteria.where("filedBy").is(SEEDED_BY)), Recall.class);
        }
    }

    private List<Document> seed() {
        List<Document> documents = new ArrayList<>(RECALLS);
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            usccs.add(TestUsccs.valid(i % 2 == 0 ? "330106" : "330203"));
        }
        String[][] products = {{"速冻水饺", "好味"}, {"电热水壶", "暖家"}, {"儿童玩具车", "乐童"}, {"婴儿配方奶粉", "安宝"},
                {"电动自行车充电器", "驰能"}};
        for (int i = 0; i < RECALLS; i++) {
            String uscc = usccs.get(i % usccs.size());
            String[] product = products[i % products.length];
            boolean food = i % products.length == 0 || i % products.length == 3;
            Instant at = START.plus(Duration.ofSeconds(259L * i));
            LocalDate day = LocalDate.ofInstant(at, SHANGHAI);
            Caller producer = new Caller("e", Set.of(Role.ENTERPRISE), Optional.of(uscc), Optional.empty());
            Caller regulator = new Caller("r", Set.of(Role.REGULATOR), Optional.empty(), Optional.of("330000"));
            RecallPlan plan = new RecallPlan(food ? new Classification(ProductType.FOOD, 1 + i % 3, null)
                    : new Classification(ProductType.CONSUMER_PRODUCT, null, RiskLevel.values()[i % 4]),
                    new Producer(uscc, "示例企业" + (i % usccs.size()), uscc.substring(2, 8)),
                    new Contact("联系人", "0571-88886666"), new Product(product[0], product[1], "型号-" + (i % 37),
                    "批号 " + day), day.minusDays(60), day.minusDays(30), 10_000, 1_000 + i % 900,
                    List.of("330100", i % 3 == 0 ? "330200" : "320100"), List.of(SalesChannel.SUPERMARKET),
                    new RecallPlan.Defect("缺陷描述 " + i, food ? HazardType.MICROBIOLOGICAL : HazardType.ELECTRIC_SHOCK,
                            List.of(new Evidence(Evidence.Type.TEST_REPORT, "report:" + i))),
                    List.of(Remedy.REFUND), new RecallPlan.Schedule(day, day.plusDays(20)), "公告");
            Recall recall = Recall.fileVoluntary(RecallId.forFiling(uscc, "measure-" + i), null,
                    plan.producer().region(), plan, SEEDED_BY, "seed", at);
            recall.review(regulator, Review.Decision.ACCEPT, null, at, rules);
            recall.reportProgress(producer, 1, new Units(100, 0, 0, i % 100), null, at, rules);
            Document document = new Document();
            mongo.getConverter().write(recall, document);
            document.remove("outbox");
            document.remove("nextDueAt");
            document.put("filedBy", SEEDED_BY);
            documents.add(document);
        }
        return documents;
    }

    private String cursorAfter(int index) throws Exception {
        JsonNode page = feed("size=100");
        for (int i = 100; i < index; i += 100) {
            page = feed("size=100&cursor=" + page.get("nextCursor").asString());
        }
        return page.get("nextCursor").asString();
    }

    private JsonNode feed(String query) throws Exception {
        return JSON.readTree(mvc.perform(get(FEED + "?" + query)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private void report(String what, Supplier0 call) throws Exception {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        long[] nanos = new long[30];
        int items = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            items = call.get().get("items").size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "FEED %-40s %3d items  median %7.1f ms  p95 %7.1f ms%n", what, items,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6);
    }

    @FunctionalInterface
    interface Supplier0 {
        JsonNode get() throws Exception;
    }

}
