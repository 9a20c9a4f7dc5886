package io.leadbridge.sandbox.hubspot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.leadbridge.sandbox.hubspot", importOptions = ImportOption.DoNotIncludeTests.class)
class HubSpotEmulatorArchitectureTest {

    @ArchTest
    static final ArchRule standsOnItsOwn = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.leadbridge.hubspot..",
                    "io.leadbridge.salesforce..", "io.leadbridge.app..", "io.leadbridge.core..",
                    "io.leadbridge.sandbox.salesforce..")
            .because("the emulator is true to HubSpot's wire contract, not to our adapter's reading of it");

    @ArchTest
    static final ArchRule speaksNoSoapAndNoSpring = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.sforce..", "org.springframework..");
}
