package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;

import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.ProductRef;
import org.qsp.contracts.rectification.RectificationNoticePublished;

/**
 * The province's public notice (公告) after a failed re-check: its id, the province that publishes it ({@code region},
 * xx0000), when, whom and what it names (enterprise, product, what failed), its text, and the window of the second
 * re-check it opens: from day 60 ({@code secondRecheckFrom}) to day 90 ({@code secondRecheckBy}) after the notice.
 * The task holds it under {@code publicNotice}: these components are the stored fields and the task view's JSON, so
 * they keep their names.
 */
public record PublicNotice(String id, String region, Instant publishedAt, String enterprise, String uscc,
        String product, String sampleId, String failure, String text, LocalDate secondRecheckFrom,
        LocalDate secondRecheckBy) {

    /**
     * The notice of task {@code taskId} whose first re-check failed by sample {@code sampleId} at {@code at}: id
     * {@code PN-<taskId>}, published by the province of the enterprise's region, opening the second re-check's
     * {@code window} (ADR 0024).
     */
    static PublicNotice publish(String taskId, TaskSource source, Enterprise enterprise, Product product,
            String sampleId, SecondRecheckWindow window, Instant at) {
        String province = enterprise.region().substring(0, 2) + "0000";
        String failure = "复查抽样 " + sampleId + " 检验结论为不合格（原不合格来源 " + source.type() + " " + source.id() + "）";
        String text = "关于" + enterprise.name() + "（统一社会信用代码 " + enterprise.uscc() + "）「" + product.name()
                + "」复查不合格的公告：该企业整改后经复查仍不合格（抽样 " + sampleId + "），责令继续整改，"
                + window.from() + " 至 " + window.by() + " 期间进行第二次复查。";
        return new PublicNotice("PN-" + taskId, province, at, enterprise.name(), enterprise.uscc(), product.name(),
                sampleId, failure, text, window.from(), window.by());
    }

    /** What the task raises when it publishes this notice: rectification.notice.published. */
    RectificationNoticePublished publishedFor(String taskId, EnterpriseRef enterpriseRef, ProductRef productRef) {
        return new RectificationNoticePublished(taskId, id, enterpriseRef, productRef, region, sampleId, failure, text,
                secondRecheckFrom, secondRecheckBy, publishedAt);
    }

    /** Whether the second re-check may be requested on {@code today}: from its window's first day on. */
    boolean opensSecondRecheckOn(LocalDate today) {
        return !today.isBefore(secondRecheckFrom);
    }

    /** The notice with its second re-check due by {@code until} (a regulator extended it). */
    PublicNotice secondRecheckBy(LocalDate until) {
        return new PublicNotice(id, region, publishedAt, enterprise, uscc, product, sampleId, failure, text,
                secondRecheckFrom, until);
    }
}
