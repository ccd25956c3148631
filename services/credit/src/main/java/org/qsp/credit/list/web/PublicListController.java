package org.qsp.credit.list.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.list.CreditList;
import org.qsp.credit.list.ListEntry;
import org.qsp.credit.list.ListReason;
import org.qsp.credit.list.ListService;
import org.qsp.platform.uscc.ValidUscc;

/**
 * The public lookup of the credit lists, open to anyone without a token: an enterprise's current entries on the
 * serious-dishonesty list and the abnormal-operation list. No class, no score, no person.
 */
@RestController
@RequestMapping("/api/credit/v1/public/lists")
class PublicListController {

    private final ListService lists;

    PublicListController(ListService lists) {
        this.lists = lists;
    }

    @GetMapping
    PublicLists lookup(@RequestParam @NotNull @ValidUscc String uscc) {
        return new PublicLists(uscc, lists.current(uscc).stream().map(PublicEntry::of).toList());
    }

    record PublicLists(String uscc, List<PublicEntry> entries) {
    }

    /** {@code until}: when it ends by itself (serious list); null on the abnormal list, which lasts until fixed. */
    record PublicEntry(CreditList list, ListReason reason, String enterpriseName, Instant since, Instant until) {

        static PublicEntry of(ListEntry e) {
            return new PublicEntry(e.list(), e.reason(), e.enterpriseName(), e.since(), e.until());
        }
    }
}
