package org.qsp.monitor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.qsp.platform.test.architecture.QspArchitecture;

@AnalyzeClasses(packages = "org.qsp.monitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests qsp = ArchTests.in(QspArchitecture.class);
}
