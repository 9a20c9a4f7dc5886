package io.leadbridge.hubspot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.leadbridge.hubspot", importOptions = ImportOption.DoNotIncludeTests.class)
class HubSpotArchitectureTest {

    private static final String CLIENT = "io.leadbridge.hubspot.client..";
    private static final String MAPPING = "io.leadbridge.hubspot.mapping..";

    private static final String WEBHOOK = "io.leadbridge.hubspot.webhook..";

    @ArchTest
    static final ArchRule hubSpotDtosStayBehindTheAdapterClasses = noClasses()
            .that().resideInAPackage("io.leadbridge.hubspot..")
            .and().resideOutsideOfPackages(CLIENT, MAPPING)
            .and().doNotBelongToAnyOf(HubSpotContactSource.class, HubSpotContactSink.class, LifecycleStageRewind.class,
                    HubSpotContactLookup.class, HubSpotPeopleLookup.class, HubSpotPortalCheck.class, HubSpotWebhooks.class,
                    HubSpotAdapter.class, HubSpotTouchReader.class, HubSpotCompanySource.class,
                    HubSpotCompanySink.class, HubSpotCompanyLookup.class, HubSpotOwnerSource.class,
                    HubSpotTouchFeed.class, HubSpotActivitySink.class, HubSpotSdrContextSink.class,
                    HubSpotPersonDeleter.class, ContactNotes.class, HubSpotWorkflowCommands.class,
                    HubSpotContactAnswers.class, HubSpotContactCompanies.class, HubSpotPersonMerger.class,
                    ContactEngagements.class, SearchPagesAhead.class)
            .should().dependOnClassesThat().resideInAPackage(CLIENT)
            .because("HubSpot wire types never leave the client and mapping packages and the adapter classes");

    @ArchTest
    static final ArchRule noPublicAdapterMethodExposesAWireType = methods().that().areDeclaredInClassesThat().resideInAPackage("io.leadbridge.hubspot")
            .and().arePublic()
            .should().haveRawReturnType(DescribedPredicate.describe("a type outside the client package",
                    (JavaClass type) -> !type.getPackageName().startsWith("io.leadbridge.hubspot.client")))
            .because("the app sees HubSpot only through core types and the adapter's own classes");

    @ArchTest
    static final ArchRule theWebhookVerifierNeedsNoClient = noClasses()
            .that().resideInAPackage(WEBHOOK)
            .should().dependOnClassesThat().resideInAnyPackage(CLIENT, MAPPING, "io.leadbridge.hubspot");

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
