package io.leadbridge.sandbox.salesforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.leadbridge.sandbox.salesforce", importOptions = ImportOption.DoNotIncludeTests.class)
class SalesforceEmulatorArchitectureTest {

    @ArchTest
    static final ArchRule theOrgAndSoqlKnowNothingOfForceWsc = noClasses()
            .that().resideInAnyPackage("io.leadbridge.sandbox.salesforce.store..",
                    "io.leadbridge.sandbox.salesforce.soql..")
            .should().dependOnClassesThat().resideInAnyPackage("com.sforce..", "com.sun.net.httpserver..");

    @ArchTest
    static final ArchRule generatedPartnerTypesStayInTheSoapPackage = noClasses()
            .that().resideOutsideOfPackage("io.leadbridge.sandbox.salesforce.soap..")
            .should().dependOnClassesThat().resideInAPackage("com.sforce.soap..");

    @ArchTest
    static final ArchRule theEmulatorStandsOnItsOwn = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("io.leadbridge.salesforce..",
                    "io.leadbridge.hubspot..", "io.leadbridge.sandbox.hubspot..", "org.springframework..");
}
