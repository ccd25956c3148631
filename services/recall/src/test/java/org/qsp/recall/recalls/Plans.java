package org.qsp.recall.recalls;

import java.time.LocalDate;
import java.util.List;

import org.qsp.recall.defect.Classification;
import org.qsp.recall.defect.Evidence;
import org.qsp.recall.defect.HazardType;
import org.qsp.recall.defect.Producer;
import org.qsp.recall.defect.Product;
import org.qsp.recall.defect.ProductType;

/** Valid recall plans, for the unit tests of the recall. */
final class Plans {

    static final String USCC = "91330100MA27XY012B";

    private Plans() {
    }

    /** A level-1 food recall of 1,000 affected units, planned from {@code today} for ten days. */
    static RecallPlan food(LocalDate today) {
        return new RecallPlan(new Classification(ProductType.FOOD, 1, null),
                new Producer(USCC, "杭州示例食品有限公司", "330106"), new Contact("李经理", "0571-88886666"),
                new Product("速冻水饺", "好味", "500g/袋", "批号 20260201-20260215"), today.minusDays(60),
                today.minusDays(30), 5_000, 1_000, List.of("330100", "330000"), List.of(SalesChannel.SUPERMARKET),
                new RecallPlan.Defect("菌落总数超标，可能引起肠道疾病", HazardType.MICROBIOLOGICAL,
                        List.of(new Evidence(Evidence.Type.TEST_REPORT, "sample:S-1"))),
                List.of(Remedy.REFUND), new RecallPlan.Schedule(today, today.plusDays(10)), "在官网和门店张贴召回公告");
    }

    static RecallPlan withPublicity(RecallPlan plan, String publicity) {
        return new RecallPlan(plan.classification(), plan.producer(), plan.contact(), plan.product(),
                plan.productionFrom(), plan.productionTo(), plan.quantityProduced(), plan.quantityAffected(),
                plan.salesRegions(), plan.salesChannels(), plan.defect(), plan.remedies(), plan.schedule(), publicity);
    }
}
