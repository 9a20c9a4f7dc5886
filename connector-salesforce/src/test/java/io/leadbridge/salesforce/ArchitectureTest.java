package io.leadbridge.salesforce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.leadbridge.salesforce", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule forceWscTypesStayInTheSoapAndMappingPackagesAndTheFaultClassifier = noClasses()
            .that().resideOutsideOfPackages("io.leadbridge.salesforce.soap..", "io.leadbridge.salesforce.mapping..")
            .and().doNotHaveFullyQualifiedName(SalesforceFaultClassifier.class.getName())
            .should().dependOnClassesThat().resideInAPackage("com.sforce..");

    @ArchTest
    static final ArchRule jacksonIsOnlyUsedToReadTokenResponses = noClasses()
            .that().resideOutsideOfPackage("io.leadbridge.salesforce.soap..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule nothingUsesSpring = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
