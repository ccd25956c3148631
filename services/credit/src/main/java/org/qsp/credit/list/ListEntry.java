package org.qsp.credit.list;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.qsp.contracts.credit.CreditListEntered;
import org.qsp.contracts.credit.CreditListExited;
import org.qsp.platform.errors.Rejected;
import org.qsp.platform.outbox.OutboxDocument;

/**
 * One stay of an enterprise on a credit list, from its entry to its exit. Its id derives from what put it there (the
 * penalty, the abnormal entry that moved, the regulator's entry), so that the same cause enters it once. Entry and
 * exit each raise their event in the same document write.
 */
@Document("listEntries")
@CompoundIndex(name = "uscc_list", def = "{'uscc': 1, 'list': 1, 'exitedAt': 1}")
@CompoundIndex(name = "region_list", def = "{'region': 1, 'list': 1, 'since': -1}")
@CompoundIndex(name = "open_until", def = "{'exitedAt': 1, 'until': 1}")
public class ListEntry extends OutboxDocument {

    @Id
    private String id;
    private CreditList list;
    private String uscc;
    private String enterpriseName;
    private String region;
    private ListReason reason;
    /** The penalty or abnormal entry it follows from; null for a regulator's entry. */
    private String sourceId;
    /** The regulator who entered it by hand: internal, never published. */
    private String listedBy;
    private Instant since;
    /** When it ends by itself (serious list) or moves to the serious list (abnormal list, unless fixed first). */
    private Instant until;
    private Instant exitedAt;
    private ListExit exit;
    private String exitNote;

    ListEntry() {
    }

    static ListEntry enter(String id, ListReason reason, String uscc, String enterpriseName, String region,
            String sourceId, String listedBy, Instant since, Instant until) {
        ListEntry entry = new ListEntry();
        entry.id = id;
        entry.list = reason.list();
        entry.uscc = uscc;
        entry.enterpriseName = enterpriseName;
        entry.region = region;
        entry.reason = reason;
        entry.sourceId = sourceId;
        entry.listedBy = listedBy;
        entry.since = since;
        entry.until = until;
        entry.raise(new CreditListEntered(id, uscc, entry.list.name(), reason.name(), sourceId, since,
                entry.list == CreditList.SERIOUS_DISHONESTY ? until : null, since));
        return entry;
    }

    /** Leaves the list; a second exit changes nothing (the first one stands). */
    void exit(ListExit why, String note, Instant at) {
        if (!open()) {
            return;
        }
        if (why == ListExit.FIXED && list != CreditList.ABNORMAL_OPERATION) {
            throw new Rejected("entry-not-removable", "a serious-dishonesty entry ends by its time, by repair or by"
                    + " the revocation of its penalty, not by removal");
        }
        exitedAt = at;
        exit = why;
        exitNote = note;
        raise(new CreditListExited(id, uscc, list.name(), reason.name(), why.name(), at));
    }

    /** Its events are keyed by the enterprise's USCC on credit.enterprises, as the enterprise's own. */
    @Override
    protected String eventKey() {
        return uscc;
    }

    public boolean open() {
        return exitedAt == null;
    }

    /** The id of its credit record (one per entry). */
    public String recordId() {
        return "/qsp/credit/list-entries/" + id;
    }

    public String id() {
        return id;
    }

    public CreditList list() {
        return list;
    }

    public String uscc() {
        return uscc;
    }

    public String enterpriseName() {
        return enterpriseName;
    }

    public String region() {
        return region;
    }

    public ListReason reason() {
        return reason;
    }

    public String sourceId() {
        return sourceId;
    }

    public String listedBy() {
        return listedBy;
    }

    public Instant since() {
        return since;
    }

    /** When it ends by itself: the serious list's end; null on the abnormal list (it lasts until fixed). */
    public Instant until() {
        return list == CreditList.SERIOUS_DISHONESTY ? until : null;
    }

    /** When an open abnormal entry moves to the serious list. */
    public Instant movesAt() {
        return list == CreditList.ABNORMAL_OPERATION ? until : null;
    }

    public Instant exitedAt() {
        return exitedAt;
    }

    public ListExit exit() {
        return exit;
    }

    public String exitNote() {
        return exitNote;
    }
}
