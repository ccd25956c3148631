package org.qsp.credit.list.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.list.CreditList;
import org.qsp.credit.list.ListReason;
import org.qsp.credit.list.ListService;
import org.qsp.platform.access.Caller;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.uscc.ValidUscc;
import org.qsp.platform.web.MultilineText;
import org.qsp.platform.web.PageResponse;

/**
 * The credit lists for regulators of their region: the entries (of one list, only the open ones), one entry, an
 * abnormal-operation entry of their own (201; while it is open, the same entry again 200) and its removal when the
 * enterprise fixed it. Serious-dishonesty entries come from penalties and the daily check, never by hand.
 */
@RestController
@RequestMapping("/api/credit/v1/lists")
@PreAuthorize("hasRole('REGULATOR')")
class ListController {

    private final ListService lists;

    ListController(ListService lists) {
        this.lists = lists;
    }

    @GetMapping
    PageResponse<ListEntryView> entries(@RequestParam(required = false) CreditList list,
            @RequestParam(required = false) @KnownRegion String region,
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size, Caller caller) {
        return PageResponse.of(lists.ofRegion(caller, region, list, open, page, size), ListEntryView::of);
    }

    @GetMapping("/entries/{id}")
    ListEntryView one(@PathVariable String id, Caller caller) {
        return ListEntryView.of(lists.visibleTo(caller, id));
    }

    @PostMapping("/abnormal-operation")
    ResponseEntity<ListEntryView> addAbnormal(@Valid @RequestBody AbnormalEntry body, Caller caller) {
        var entered = lists.addAbnormal(caller, body.uscc(), body.enterpriseName().strip(), body.region(),
                body.reason());
        return ResponseEntity.status(entered.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ListEntryView.of(entered.entry()));
    }

    @PostMapping("/entries/{id}/removal")
    ListEntryView remove(@PathVariable String id, @Valid @RequestBody Removal body, Caller caller) {
        return ListEntryView.of(lists.remove(caller, id, body.note()));
    }

    record AbnormalEntry(@NotNull @ValidUscc String uscc, @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull @KnownRegion(place = true) String region, @NotNull ListReason reason) {
    }

    record Removal(@NotBlank @Size(max = 1000) @MultilineText String note) {
    }
}
