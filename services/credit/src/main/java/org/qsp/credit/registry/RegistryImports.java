package org.qsp.credit.registry;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.stereotype.Service;
import org.qsp.platform.access.Caller;
import org.qsp.platform.access.Role;
import org.qsp.platform.errors.NotFound;
import org.qsp.platform.imports.ImportFormat;
import org.qsp.platform.imports.ImportJob;
import org.qsp.platform.imports.Imports;
import org.qsp.platform.region.Regions;

/**
 * Bulk imports into the registry, on the platform's import machinery: rows checked one by one
 * ({@link RegistryRows}), the valid ones registered in batches ({@link Registry#register}). ADMIN imports any region;
 * a regulator only its own (other rows are refused per row).
 */
@Service
public class RegistryImports {

    private final Imports imports;
    private final Registry registry;

    RegistryImports(Imports imports, Registry registry) {
        this.imports = imports;
        this.registry = registry;
    }

    /** Receives the body and starts the job (see {@link Imports#start}); the RUNNING job. */
    public ImportJob start(Caller caller, ImportFormat format, InputStream body) throws IOException {
        boolean admin = caller.has(Role.ADMIN);
        String region = admin ? Regions.NATIONAL : caller.requireRegion();
        RegistryRows rows = new RegistryRows(format, admin ? r -> true : caller::supervises);
        return imports.start(caller.subject(), region, format, body, rows, registry::register);
    }

    /** The job, for ADMIN or a regulator whose area covers the importer's; 404 otherwise. */
    public ImportJob get(Caller caller, String id) {
        return imports.find(id).filter(j -> caller.has(Role.ADMIN) || caller.supervises(j.region()))
                .orElseThrow(() -> new NotFound("import job", id));
    }

    /** Marks FAILED the jobs whose worker died (what a periodic sweep calls). */
    public int failStale() {
        return imports.failStale();
    }
}
