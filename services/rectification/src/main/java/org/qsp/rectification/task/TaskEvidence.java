package org.qsp.rectification.task;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.attachment.Attachment;
import org.qsp.platform.attachment.AttachmentKey;
import org.qsp.platform.attachment.AttachmentOwner;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.attachment.CitedAttachments;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.store.AggregateStore;

/**
 * The evidence of a task's rectification (photos of the corrected line, invoices, test reports: JPEG, PNG or PDF),
 * uploaded by the owning enterprise under ids it chooses before it cites them in a report. Stored in the GridFS
 * bucket {@code evidence} under owner {@code task/<taskId>} (ADR 0020); the same bytes again answer the stored one,
 * other bytes under its id 409. Whoever may read the task reads its evidence; anyone else is told the task does not
 * exist.
 */
@Service
public class TaskEvidence {

    static final String OWNER_KIND = "task";

    private final AggregateStore<RectificationTask> tasks;
    private final TaskQueries queries;
    private final AttachmentStore evidence;

    TaskEvidence(AggregateStore<RectificationTask> tasks, TaskQueries queries, AttachmentStore taskEvidenceStore) {
        this.tasks = tasks;
        this.queries = queries;
        this.evidence = taskEvidenceStore;
    }

    /** Stores the evidence (streamed, sniffed, within the limit) while the task is not final. */
    public AttachmentStore.Stored add(TaskId taskId, String evidenceId, String contentType, InputStream body,
            Caller caller) throws IOException {
        AttachmentKey key = key(taskId, evidenceId);
        RectificationTask task = tasks.get(taskId.value());
        if (!caller.isEnterprise(task.enterprise().uscc())) {
            throw new NotYourTask(task.id());
        }
        if (!task.takesEvidenceFrom(caller)) {
            throw new IllegalTransition(task.id(), task.status(), "take more evidence");
        }
        return evidence.put(key, contentType, body);
    }

    /** The evidence and its bytes; the caller closes them. */
    public AttachmentStore.Content open(TaskId taskId, String evidenceId, Caller caller) {
        AttachmentKey key = key(taskId, evidenceId);
        queries.visibleTo(caller, taskId);
        return evidence.open(key).orElseThrow(() -> new NotFound("evidence", evidenceId));
    }

    public List<Attachment> list(TaskId taskId, Caller caller) {
        queries.visibleTo(caller, taskId);
        return evidence.list(owner(taskId));
    }

    /**
     * The stored evidence a report cites, in its order: each id once, each uploaded to this task. The first id that
     * is not is named in the problem (400 {@code unknown-evidence}), and nothing is written.
     */
    List<Report.Evidence> resolve(TaskId taskId, List<String> evidenceIds) {
        return CitedAttachments.resolve(evidence, owner(taskId), evidenceIds, id -> "to task " + taskId.value())
                .stream().map(a -> new Report.Evidence(a.key().name(), a.contentType(), a.sha256(), a.bytes()))
                .toList();
    }

    private static AttachmentOwner owner(TaskId taskId) {
        return new AttachmentOwner(OWNER_KIND, taskId.value());
    }

    private static AttachmentKey key(TaskId taskId, String evidenceId) {
        return CitedAttachments.key(owner(taskId), evidenceId);
    }
}
