package io.leadbridge.hubspot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.leadbridge.hubspot", importOptions = ImportOption.DoNotIncludeTests.class)
class HubSpotArchitectureTest {

    private static final String CLIENT = "io.leadbridge.hubspot.client..";
    private static final String MAPPING = "io.leadbridge.hubspot.mapping..";

    @ArchTest
    static final ArchRule hubSpotDtosStayBehindTheSourceAndTheFactory = noClasses()
            .that().resideInAPackage("io.leadbridge.hubspot..")
            .and().resideOutsideOfPackages(CLIENT, MAPPING)
            .and().doNotBelongToAnyOf(HubSpotContactSource.class, HubSpotAdapter.class)
            .should().dependOnClassesThat().resideInAPackage(CLIENT)
            .because("HubSpot wire types never leave the client and mapping packages");

    @ArchTest
    static final ArchRule onlyTheClientSpeaksHttpAndJson = noClasses()
            .that().resideOutsideOfPackage(CLIENT)
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "tools.jackson..",
                    "com.fasterxml.jackson..")
            .because("the HTTP transport and the JSON binding are details of the client");

    @ArchTest
    static final ArchRule theClientKnowsNothingOfTheAdapter = noClasses()
            .that().resideInAPackage(CLIENT)
            .should().dependOnClassesThat().resideInAnyPackage("io.leadbridge.hubspot", MAPPING);

    @ArchTest
    static final ArchRule mappingDoesNotReachBackIntoTheAdapter = noClasses()
            .that().resideInAPackage(MAPPING)
            .should().dependOnClassesThat().resideInAPackage("io.leadbridge.hubspot");

    @ArchTest
    static final ArchRule nothingDependsOnSpring = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
