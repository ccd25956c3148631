package org.qsp.credit.registry.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.credit.registry.Licence;
import org.qsp.credit.registry.Registry;
import org.qsp.credit.registry.RegistryData;
import org.qsp.credit.registry.RegistryEntry;
import org.qsp.credit.registry.RegistryImports;
import org.qsp.credit.registry.RegistryRows;
import org.qsp.credit.registry.RegistryStatus;
import org.qsp.platform.access.Caller;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJobView;
import org.qsp.platform.region.KnownRegion;
import org.qsp.platform.web.PageResponse;

/** The enterprise registry (检查对象名录库), for ADMIN and the regulators of each entry's region. */
@RestController
@RequestMapping("/api/credit/v1/registry")
@PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
class RegistryController {

    /** The shape of a USCC; its check character is checked by the use case (an early code may be overridden). */
    static final String USCC = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}";

    private final Registry registry;
    private final RegistryImports imports;

    RegistryController(Registry registry, RegistryImports imports) {
        this.registry = registry;
        this.imports = imports;
    }

    @GetMapping("/{uscc}")
    EntryView get(@PathVariable @Pattern(regexp = USCC, message = "must be a USCC (GB 32100)") String uscc,
            Caller caller) {
        return EntryView.of(registry.get(uscc, caller));
    }

    /** The entries of the caller's area, narrowed by region, category and status, by USCC. */
    @GetMapping
    PageResponse<EntryView> list(@RequestParam(required = false) @KnownRegion String region,
            @RequestParam(required = false) @Pattern(regexp = RegistryRows.CATEGORY,
                    message = "a category code is 2 to 40 of a-z 0-9 - starting with a letter") String category,
            @RequestParam(required = false) RegistryStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        var found = registry.list(caller, region, category, status, page, size);
        return new PageResponse<>(found.items().stream().map(EntryView::of).toList(), found.page(), found.size(),
                found.total());
    }

    /** Registers the enterprise or changes its entry (201 when new, 200 when changed or the same). */
    @PutMapping("/{uscc}")
    ResponseEntity<EntryView> put(
            @PathVariable @Pattern(regexp = USCC, message = "must be a USCC (GB 32100)") String uscc,
            @Valid @RequestBody EntryBody body, Caller caller) {
        var outcome = registry.put(uscc, body.data(), caller);
        // a new entry is inserted with version 0; a changed one is saved with a higher one
        boolean created = outcome.changed() && outcome.aggregate().getVersion() == 0;
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(EntryView.of(outcome
                .aggregate()));
    }

    /** Streams the body to a job; 202 with the job id once the body is received. */
    @PostMapping(path = "/imports", consumes = {ImportFormat.NDJSON_TYPE, ImportFormat.CSV_TYPE})
    @PreAuthorize("hasAnyRole('ADMIN', 'REGULATOR')")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "one enterprise per line: "
            + "NDJSON objects {uscc, name, region, categories, status, licences: [{type, number, validUntil}], "
            + "checkOverride}, or CSV with the header uscc,name,region,categories,status,licences,checkOverride "
            + "(categories separated by ';', licences as type:number[:validUntil] separated by ';')", content = {
                @Content(mediaType = ImportFormat.NDJSON_TYPE, schema = @Schema(type = "string")),
                @Content(mediaType = ImportFormat.CSV_TYPE, schema = @Schema(type = "string"))})
    ResponseEntity<Map<String, String>> importEntries(HttpServletRequest request, Caller caller) throws IOException {
        var job = imports.start(caller, ImportFormat.of(request.getContentType()), request.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", job.id()));
    }

    /** An import's progress: rows done and imported, refused rows (line, field, code), rate and ETA. */
    @GetMapping("/imports/{jobId}")
    ImportJobView job(@PathVariable @Size(max = 64) String jobId, Caller caller) {
        return ImportJobView.of(imports.get(caller, jobId), Instant.now());
    }

    /**
     * @param checkOverride the USCC fails its check character and you confirm it is an early code, legal all the
     *                      same (DOMAIN.md §7)
     */
    record EntryBody(@NotBlank @Pattern(regexp = RegistryRows.NAME, message = "1 to 200 characters, a letter at "
            + "least, no control characters") String name,
            @NotNull @KnownRegion(place = true) String region,
            @Size(max = 20) List<@NotNull @Valid LicenceBody> licences,
            @Size(max = 50) List<@NotNull @Pattern(regexp = RegistryRows.CATEGORY,
                    message = "a category code is 2 to 40 of a-z 0-9 - starting with a letter") String> categories,
            @NotNull RegistryStatus status, Boolean checkOverride) {

        RegistryData data() {
            return new RegistryData(name, region, licences == null ? List.of()
                    : licences.stream().map(l -> new Licence(l.type(), l.number(), l.validUntil())).toList(),
                    categories == null ? List.of() : categories, status, Boolean.TRUE.equals(checkOverride));
        }
    }

    record LicenceBody(@NotNull @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String type,
            @NotBlank @Pattern(regexp = RegistryRows.LICENCE_NUMBER, message = "1 to 64 characters, a letter or "
                    + "digit at least, no control characters") String number, LocalDate validUntil) {
    }

    /** An entry; {@code source}: REGISTERED (an import or a PUT) or EVENTS (only what credit's events said). */
    record EntryView(String uscc, String name, String region, List<Licence> licences, List<String> categories,
            RegistryStatus status, boolean checkOverridden, RegistryEntry.Source source, Instant registeredAt,
            Instant updatedAt) {

        static EntryView of(RegistryEntry e) {
            return new EntryView(e.uscc(), e.name(), e.region(), e.licences(), e.categories(), e.status(),
                    e.checkOverridden(), e.source(), e.registeredAt(), e.updatedAt());
        }
    }
}
