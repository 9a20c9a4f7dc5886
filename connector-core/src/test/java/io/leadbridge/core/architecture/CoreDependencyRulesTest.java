package io.leadbridge.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.leadbridge.core.engine.SyncWorker;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** connector-core stays free of Spring, HTTP and vendor types, as DESIGN.md requires. */
class CoreDependencyRulesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.leadbridge.core");

    static final ArchRule CORE_USES_ONLY_THE_JDK_SLF4J_SNAKEYAML_AND_ITSELF = classes()
            .that().resideInAPackage("io.leadbridge.core..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "org.slf4j..", "org.yaml.snakeyaml..", "io.leadbridge.core..")
                    .and(not(resideInAnyPackage("java.net.http..")))
                    .and(not(assignableTo(URLConnection.class)))
                    .as("the JDK without its HTTP clients, SLF4J, SnakeYAML (the rules file) or connector-core"))
            .because("connector-core holds the model, rules and engine; HTTP, Spring and vendor types belong to "
                    + "the adapters and the app");

    static final ArchRule CORE_NAMES_NO_FRAMEWORK_HTTP_CLIENT_OR_VENDOR_SDK = noClasses()
            .that().resideInAPackage("io.leadbridge.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.fasterxml.jackson..", "tools.jackson..", "java.net.http..",
                    "com.sforce..", "com.force..", "okhttp3..", "org.apache.http..", "org.apache.hc..",
                    "io.netty..", "reactor..", "jakarta.ws.rs..", "org.eclipse.jetty..", "io.github.resilience4j..")
            .because("vendor and framework types never leave their adapter");

    static final ArchRule MODEL_DOES_NOT_KNOW_THE_ENGINE_OR_PORTS = noClasses()
            .that().resideInAPackage("io.leadbridge.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.leadbridge.core.engine..", "io.leadbridge.core.port..")
            .because("the canonical model is used by the ports and the engine, not the other way round");

    static final ArchRule ONLY_THE_RULES_FILE_READER_PARSES_YAML = noClasses()
            .that().resideOutsideOfPackage("io.leadbridge.core.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml.snakeyaml..")
            .because("the YAML parser is a detail of reading the rules file");

    @Test
    void onlyTheRulesFileReaderParsesYaml() {
        ONLY_THE_RULES_FILE_READER_PARSES_YAML.check(CORE);
    }

    @Test
    void coreMainClassesDependOnlyOnTheJdkSlf4jAndCore() {
        CORE_USES_ONLY_THE_JDK_SLF4J_SNAKEYAML_AND_ITSELF.check(CORE);
    }

    @Test
    void coreMainClassesNameNoFrameworkHttpClientOrVendorSdk() {
        CORE_NAMES_NO_FRAMEWORK_HTTP_CLIENT_OR_VENDOR_SDK.check(CORE);
    }

    @Test
    void theModelDoesNotDependOnTheEngineOrThePorts() {
        MODEL_DOES_NOT_KNOW_THE_ENGINE_OR_PORTS.check(CORE);
    }

    @Test
    void theRulesLookAtTheMainClassesOnly() {
        assertThat(CORE.contain(SyncWorker.class)).isTrue();
        assertThat(CORE.contain(Person.class)).isTrue();
        assertThat(CORE.contain(InMemoryChangeInbox.class)).isFalse();
    }

    @Test
    void theDependencyRulesCatchACoreClassThatUsesAnHttpClient() {
        JavaClasses offender = new ClassFileImporter().importClasses(HttpCallingCoreClass.class);

        assertThat(CORE_USES_ONLY_THE_JDK_SLF4J_SNAKEYAML_AND_ITSELF.evaluate(offender).hasViolation()).isTrue();
        assertThat(CORE_NAMES_NO_FRAMEWORK_HTTP_CLIENT_OR_VENDOR_SDK.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theDependencyRulesCatchACoreClassThatOpensAUrlConnection() {
        JavaClasses offender = new ClassFileImporter().importClasses(UrlConnectionCoreClass.class);

        assertThat(CORE_USES_ONLY_THE_JDK_SLF4J_SNAKEYAML_AND_ITSELF.evaluate(offender).hasViolation()).isTrue();
    }

    /** A class inside {@code io.leadbridge.core..} that breaks the rule, to prove the rule bites. */
    static final class HttpCallingCoreClass {
        HttpResponse<String> call(HttpClient client, HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Another offender: the JDK's legacy HTTP client. */
    static final class UrlConnectionCoreClass {
        int status(java.net.HttpURLConnection connection) throws java.io.IOException {
            return connection.getResponseCode();
        }
    }
}
