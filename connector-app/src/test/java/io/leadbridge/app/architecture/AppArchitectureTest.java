package io.leadbridge.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AppArchitectureTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.leadbridge.app");

    @Test
    void vendorTypesStayInsideTheirAdapters() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.sforce..", "io.leadbridge.hubspot.client..", "io.leadbridge.salesforce.soap..")
                .because("SObject and HubSpot DTOs never leave their adapter's client/soap/mapping packages")
                .check(app);
    }
}
