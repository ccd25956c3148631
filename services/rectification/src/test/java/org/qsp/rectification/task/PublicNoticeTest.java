package org.qsp.rectification.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationNoticePublished;
import tools.jackson.databind.json.JsonMapper;

/** The province's public notice after a failed first re-check (ADR 0024), on its own. */
class PublicNoticeTest {

    private static final Instant AT = Instant.parse("2026-05-20T02:00:00Z");
    private static final SecondRecheckWindow WINDOW = new SecondRecheckWindow(LocalDate.of(2026, 7, 20),
            LocalDate.of(2026, 8, 18));
    private static final Enterprise ENTERPRISE = new Enterprise("91330100MA27XY012B", "杭州示例食品有限公司", "330106");
    private static final Product PRODUCT = new Product("速冻水饺", "好味", "500g", "B1");
    private static final List<String> FIELDS = List.of("id", "region", "publishedAt", "enterprise", "uscc", "product",
            "sampleId", "failure", "text", "secondRecheckFrom", "secondRecheckBy");

    private static PublicNotice notice() {
        return PublicNotice.publish("RT-S-1", new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"), ENTERPRISE, PRODUCT,
                "S-R1", WINDOW, AT);
    }

    @Test
    void the_notice_of_a_task_is_the_provinces_and_names_the_enterprise_the_product_and_the_failed_sample() {
        PublicNotice notice = notice();

        assertThat(notice.id()).isEqualTo("PN-RT-S-1");
        assertThat(notice.region()).isEqualTo("330000");
        assertThat(notice.publishedAt()).isEqualTo(AT);
        assertThat(notice.enterprise()).isEqualTo("杭州示例食品有限公司");
        assertThat(notice.uscc()).isEqualTo("91330100MA27XY012B");
        assertThat(notice.product()).isEqualTo("速冻水饺");
        assertThat(notice.sampleId()).isEqualTo("S-R1");
        assertThat(notice.failure()).isEqualTo("复查抽样 S-R1 检验结论为不合格（原不合格来源 SAMPLE_FAILED S-1）");
        assertThat(notice.text()).isEqualTo("关于杭州示例食品有限公司（统一社会信用代码 91330100MA27XY012B）「速冻水饺」"
                + "复查不合格的公告：该企业整改后经复查仍不合格（抽样 S-R1），责令继续整改，2026-07-20 至 2026-08-18 期间进行第二次复查。");
        assertThat(notice.secondRecheckFrom()).isEqualTo(WINDOW.from());
        assertThat(notice.secondRecheckBy()).isEqualTo(WINDOW.by());
    }

    @Test
    void what_the_task_raises_about_it_says_what_the_notice_says() {
        var enterprise = new EnterpriseRef(ENTERPRISE.uscc(), ENTERPRISE.name(), ENTERPRISE.region());
        var product = new ProductRef("速冻水饺", "好味", "500g", "B1");
        PublicNotice notice = notice();

        assertThat(notice.publishedFor("RT-S-1", enterprise, product)).isEqualTo(new RectificationNoticePublished(
                "RT-S-1", "PN-RT-S-1", enterprise, product, "330000", "S-R1", notice.failure(), notice.text(),
                WINDOW.from(), WINDOW.by(), AT));
    }

    @ParameterizedTest(name = "on {0}: second re-check open {1}")
    @CsvSource({"2026-07-19, false", "2026-07-20, true", "2026-08-18, true", "2026-09-30, true"})
    void the_second_recheck_opens_on_the_windows_first_day(LocalDate today, boolean open) {
        assertThat(notice().opensSecondRecheckOn(today)).isEqualTo(open);
    }

    @Test
    void an_extension_moves_only_the_end_of_the_window() {
        PublicNotice extended = notice().secondRecheckBy(LocalDate.of(2026, 9, 1));

        assertThat(extended.secondRecheckBy()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(extended).usingRecursiveComparison().ignoringFields("secondRecheckBy").isEqualTo(notice());
    }

    @Test
    void the_stored_notice_keeps_its_field_names_so_that_stored_tasks_still_read() {
        var context = new MongoMappingContext();
        var conversions = new MongoCustomConversions(List.of());
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        var converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        RectificationTask task = RectificationTask.open(TaskId.forSample("S-1"),
                new TaskSource(TaskSource.Type.SAMPLE_FAILED, "S-1"), ENTERPRISE, PRODUCT,
                new RectificationOrder(AT, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15), true), AT);
        ReflectionTestUtils.setField(task, "publicNotice", notice());
        var stored = new Document();

        converter.write(task, stored);

        assertThat(stored.get("publicNotice", Document.class).keySet()).containsExactlyInAnyOrderElementsOf(
                FIELDS.stream().map(f -> f.equals("id") ? "_id" : f).toList());
        assertThat(stored.get("publicNotice", Document.class).get("_id")).isEqualTo("PN-RT-S-1");
        assertThat(converter.read(RectificationTask.class, stored).publicNotice()).isEqualTo(notice());
    }

    @Test
    void the_task_views_notice_keeps_its_json_names() {
        var json = JsonMapper.builder().build().valueToTree(notice());

        assertThat(json.propertyNames()).containsExactlyInAnyOrderElementsOf(FIELDS);
    }
}
