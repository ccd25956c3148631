package org.qsp.rectification.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.EnterpriseRef;
import org.qsp.contracts.EventCatalog;
import org.qsp.contracts.rectification.RectificationTaskAcknowledged;
import org.qsp.contracts.rectification.RectificationTaskOpened;
import org.qsp.contracts.rectification.RectificationTaskOverdue;
import org.qsp.platform.outbox.Outbox;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * A rectification task (整改任务): the enterprise, the order with its deadlines, the notices sent
 * and the task's status. Each change and the event it raises are saved in one document write.
 */
@Document(RectificationTask.COLLECTION)
@CompoundIndex(name = "owner_newest_first", def = "{'enterprise.uscc': 1, 'order.orderedAt': -1}")
@CompoundIndex(name = "region_newest_first", def = "{'supervisingRegions': 1, 'order.orderedAt': -1}")
@CompoundIndex(name = "deadline_by_status", def = "{'status': 1, 'order.correctionDeadline': 1}")
public class RectificationTask extends OutboxDocument {

    public static final String COLLECTION = "tasks";

    @Id
    private String id;
    private TaskSource source;
    private Enterprise enterprise;
    private List<String> supervisingRegions;
    private Product product;
    private RectificationOrder order;
    private TaskStatus status;
    private List<Notice> notices = new ArrayList<>();
    private Instant overdueAt;

    private RectificationTask() {
    }

    /** Orders the rectification and issues its notice to the enterprise (raises RectificationTaskOpened). */
    public static RectificationTask open(TaskId id, TaskSource source, Enterprise enterprise, Product product,
            RectificationOrder order, Instant noticeIssuedAt, Outbox outbox) {
        RectificationTask task = new RectificationTask();
        task.id = id.value();
        task.source = source;
        task.enterprise = enterprise;
        task.supervisingRegions = enterprise.supervisingRegions();
        task.product = product;
        task.order = order;
        task.status = TaskStatus.NOTIFIED;
        task.notices.add(Notice.issued(Notice.Kind.RECTIFICATION_ORDER, noticeIssuedAt));
        task.raise(outbox.event(EventCatalog.RECTIFICATION_TASK_OPENED, task.id, new RectificationTaskOpened(task.id,
                source.type().name(), source.id(),
                new EnterpriseRef(enterprise.uscc(), enterprise.name(), enterprise.region()), product.name(),
                order.orderedAt(), order.correctionDeadline(), order.recheckDue(), order.stopSaleRequired())));
        return task;
    }

    /**
     * The owner confirms it received the rectification order: NOTIFIED becomes ACKNOWLEDGED; an
     * OVERDUE task stays overdue but records the late acknowledgement. Acknowledging an
     * acknowledged order changes nothing and raises nothing.
     *
     * @return whether anything changed
     */
    public boolean acknowledge(Instant at, Outbox outbox) {
        Notice orderNotice = orderNotice();
        if (orderNotice.isAcknowledged()) {
            return false;
        }
        if (status.canBecome(TaskStatus.ACKNOWLEDGED)) {
            status = TaskStatus.ACKNOWLEDGED;
        } else if (status != TaskStatus.OVERDUE) {
            throw new IllegalTransition(id, status, "be acknowledged");
        }
        notices.set(notices.indexOf(orderNotice), orderNotice.acknowledged(at));
        raise(outbox.event(EventCatalog.RECTIFICATION_TASK_ACKNOWLEDGED, id,
                new RectificationTaskAcknowledged(id, enterprise.uscc(), at)));
        return true;
    }

    /**
     * Marks the task OVERDUE when {@code today} is after its correction deadline (the deadline day
     * itself still counts) and the correction is still awaited; raises RectificationTaskOverdue once.
     *
     * @return whether the task became overdue now
     */
    public boolean markOverdueIfLate(LocalDate today, Instant now, Outbox outbox) {
        if (!status.canBecome(TaskStatus.OVERDUE) || !today.isAfter(order.correctionDeadline())) {
            return false;
        }
        status = TaskStatus.OVERDUE;
        overdueAt = now;
        raise(outbox.event(EventCatalog.RECTIFICATION_TASK_OVERDUE, id,
                new RectificationTaskOverdue(id, enterprise.uscc(), order.correctionDeadline(), now)));
        return true;
    }

    public boolean isOwnedBy(String uscc) {
        return enterprise.uscc().equals(uscc);
    }

    public boolean isSupervisedBy(String authorityRegion) {
        return supervisingRegions.contains(authorityRegion);
    }

    public Notice orderNotice() {
        return notices.stream().filter(n -> n.kind() == Notice.Kind.RECTIFICATION_ORDER).findFirst()
                .orElseThrow(() -> new IllegalStateException("task " + id + " has no rectification order notice"));
    }

    public String id() {
        return id;
    }

    public TaskSource source() {
        return source;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public Product product() {
        return product;
    }

    public RectificationOrder order() {
        return order;
    }

    public TaskStatus status() {
        return status;
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public Instant overdueAt() {
        return overdueAt;
    }
}
