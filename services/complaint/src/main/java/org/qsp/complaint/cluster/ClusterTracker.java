package org.qsp.complaint.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.complaint.ComplaintClusterDetected;
import org.qsp.contracts.complaint.ProductMention;
import org.qsp.contracts.complaint.Respondent;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * The complaints about one subject (a respondent by USCC, or a product by brand and model) in one region and category,
 * within the last window. When they reach the threshold, a cluster is detected: its window starts at the earliest
 * of those complaints and lasts one window length; the tracker raises ComplaintClusterDetected once for it, and
 * complaints that fall in that window join it silently. The next cluster of the subject can only start after it.
 * One document per subject, changed with the optimistic version check: two complaints counted at once cannot both
 * detect the same cluster, and a complaint counted twice (redelivery) counts once.
 */
@Document(ClusterTracker.COLLECTION)
public class ClusterTracker extends OutboxDocument {

    public static final String COLLECTION = "cluster_trackers";
    public static final String DESCRIPTION = "complaint cluster tracker";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    public enum Basis {
        RESPONDENT, PRODUCT
    }

    public record Member(String caseId, Instant receivedAt, Respondent respondent, ProductMention product) {
    }

    public record Window(String clusterId, Instant start, Instant end, List<String> caseIds, Instant detectedAt) {
    }

    @Id
    private String id;
    private Basis basis;
    private String region;
    private String category;
    private boolean safetyRelated;
    private List<Member> members = new ArrayList<>();
    private Window lastWindow;

    private ClusterTracker() {
    }

    /** {@code CL-<basis>-<region>-<category>-<USCC, or a digest of brand and model>}. */
    public static String idOf(Basis basis, String region, String category, String subject) {
        String key = basis == Basis.RESPONDENT ? subject : digest(subject);
        return "CL-" + basis + "-" + region + "-" + category + "-" + key;
    }

    public static ClusterTracker start(String id, Basis basis, String region, String category,
            boolean safetyRelated) {
        ClusterTracker tracker = new ClusterTracker();
        tracker.id = id;
        tracker.basis = basis;
        tracker.region = region;
        tracker.category = category;
        tracker.safetyRelated = safetyRelated;
        return tracker;
    }

    /**
     * Counts one complaint (again: nothing changes) and raises the cluster when this complaint makes the threshold
     * within a window that no detected cluster covers. A complaint received before the end of the last detected
     * window belongs to that window (or came too late for an earlier one) and starts nothing.
     */
    public void count(Member member, int threshold, Duration window, Instant now) {
        if (lastWindow != null && member.receivedAt().isBefore(lastWindow.end())) {
            return;
        }
        if (members.stream().anyMatch(m -> m.caseId().equals(member.caseId()))) {
            return;
        }
        members.add(member);
        members.sort(Comparator.comparing(Member::receivedAt).thenComparing(Member::caseId));
        Instant newest = members.getLast().receivedAt();
        members.removeIf(m -> m.receivedAt().isBefore(newest.minus(window)));
        for (int first = 0; first + threshold <= members.size(); first++) {
            Instant start = members.get(first).receivedAt();
            List<Member> inWindow = members.subList(first, members.size()).stream()
                    .filter(m -> m.receivedAt().isBefore(start.plus(window))).toList();
            if (inWindow.size() >= threshold) {
                detect(inWindow, start, window, threshold, now);
                return;
            }
        }
    }

    private void detect(List<Member> inWindow, Instant start, Duration window, int threshold, Instant now) {
        List<String> caseIds = inWindow.stream().map(Member::caseId).toList();
        lastWindow = new Window(id + "-" + DAY.format(start), start, start.plus(window), caseIds, now);
        members = new ArrayList<>(members.stream().filter(m -> !m.receivedAt().isBefore(lastWindow.end())).toList());
        raise(new ComplaintClusterDetected(lastWindow.clusterId(), basis.name(), region, category, safetyRelated,
                basis == Basis.RESPONDENT ? inWindow.getFirst().respondent() : null, commonProduct(inWindow),
                caseIds, threshold, start, lastWindow.end(), now));
    }

    /** The product all members name (for a PRODUCT cluster brand and model always, the name when all agree). */
    private ProductMention commonProduct(List<Member> members) {
        ProductMention first = members.getFirst().product();
        if (first == null || first.brand() == null || first.model() == null) {
            return null;
        }
        boolean sameProduct = members.stream().allMatch(m -> m.product() != null
                && first.brand().equals(m.product().brand()) && first.model().equals(m.product().model()));
        if (!sameProduct) {
            return null;
        }
        boolean sameName = members.stream().allMatch(m -> java.util.Objects.equals(first.name(), m.product().name()));
        return new ProductMention(sameName ? first.name() : null, first.brand(), first.model());
    }

    private static String digest(String subject) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() {
        return id;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public Window lastWindow() {
        return lastWindow;
    }
}
