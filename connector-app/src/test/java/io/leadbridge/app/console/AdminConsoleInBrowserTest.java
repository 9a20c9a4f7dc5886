package io.leadbridge.app.console;

import static io.leadbridge.app.support.HeadlessChromium.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.app.support.ConsoleInBrowser;
import io.leadbridge.app.support.ConsoleSeed;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.FunnelTransitions;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.workflow.metrics.FunnelLedger;
import io.leadbridge.core.workflow.metrics.PersonTransition;
import io.leadbridge.core.workflow.sla.SlaEvent;
import io.leadbridge.core.workflow.sla.SlaKind;
import io.leadbridge.core.workflow.sla.SlaResult;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The admin console in headless Chromium against the running app in live mode on both CRM emulators: log in, read
 * sync health, find and open a failed write, follow it to the person's timeline, and run the settings check. Each
 * step leaves a screenshot in {@code target/screenshots}.
 */
class AdminConsoleInBrowserTest {

    private static final Duration PAGE = Duration.ofSeconds(20);

    private static final String SDR = "sam.sdr@leadbridge.example";

    private static Path rulesFile;
    private static String defaultRules;
    private static long noorContact;
    private static ConsoleInBrowser console;
    private static RunningApp app;
    private static ChromeDriver browser;
    private static ConsoleSeed.Seeded seeded;

    @BeforeAll
    static void startAppAndBrowser() throws Exception {
        try (InputStream rules = AdminConsoleInBrowserTest.class.getResourceAsStream("/leadbridge-rules.yml")) {
            defaultRules = new String(rules.readAllBytes(), StandardCharsets.UTF_8);
        }
        rulesFile = Files.writeString(Files.createTempFile("console-rules", ".yml"), defaultRules);
        console = ConsoleInBrowser.start(Map.of("connector.rules.location", "file:" + rulesFile),
                crms -> noorContact = crms.hubspot().create(ObjectType.CONTACTS,
                        Map.of("email", "noor.haddad@cedarworks.example", "firstname", "Noor", "lastname", "Haddad",
                                "company", "Cedarworks")).id());
        browser = console.browser();
        app = console.app();
        seeded = ConsoleSeed.into(app);
    }

    @AfterAll
    static void stopAll() {
        if (console != null) {
            console.close();
        }
        if (rulesFile != null) {
            FileSystemUtils.deleteRecursively(rulesFile.toFile());
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensSyncHealthWithBothStreams() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        logIn(ConsoleUsers.ADMIN, "not-the-password");
        assertThat(waitFor(By.id("login-error")).getText()).contains("Wrong user name or password");
        screenshot(browser, "01-login-refused");

        logIn(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD);

        new WebDriverWait(browser, PAGE).until(driver -> {
            driver.get(url("/"));
            return driver.findElements(By.cssSelector("tr[data-stream='hubspot.contacts'] td.settled")).stream()
                    .anyMatch(cell -> cell.getText().equals("1"))
                    && driver.findElements(By.cssSelector("tr[data-stream='salesforce.leads']")).size() == 1;
        });
        assertThat(browser.findElement(By.cssSelector("tr[data-stream='hubspot.contacts'] td.lag")).getText())
                .matches("\\d+ s");
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo(ConsoleUsers.ADMIN);
        assertThat(browser.findElement(By.id("open-errors")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("tr[data-crm='salesforce']")).getText()).contains("50%");
        screenshot(browser, "02-sync-health");
    }

    @Test
    void theFailedWriteIsFoundByFilterOpenedAndLeadsToThePersonsTimeline() {
        ensureLoggedIn();
        browser.get(url("/errors"));
        new Select(browser.findElement(By.id("system"))).selectByValue("SALESFORCE");
        browser.findElement(By.cssSelector("#error-filters button")).click();
        assertThat(waitFor(By.id("no-errors")).getText()).contains("No error matches");

        new Select(browser.findElement(By.id("system"))).selectByValue("HUBSPOT");
        browser.findElement(By.id("code")).sendKeys(ConsoleSeed.ERROR_CODE);
        browser.findElement(By.cssSelector("#error-filters button")).click();
        WebElement link = waitFor(By.cssSelector("#errors a.error-link"));
        assertThat(link.getText()).isEqualTo(String.valueOf(seeded.errorId()));
        screenshot(browser, "03-error-queue-filtered");

        link.click();
        assertThat(waitFor(By.id("error-code")).getText()).isEqualTo(ConsoleSeed.ERROR_CODE);
        assertThat(browser.findElement(By.id("error-message")).getText()).isEqualTo(ConsoleSeed.ERROR_MESSAGE);
        assertThat(browser.findElement(By.id("error-record")).getText()).isEqualTo(ConsoleSeed.CONTACT.key());
        screenshot(browser, "04-error-detail");

        browser.findElement(By.id("error-person")).click();
        assertThat(waitFor(By.id("person-id")).getText()).isEqualTo(seeded.person().toString());
        assertThat(browser.findElement(By.id("records")).getText()).contains(ConsoleSeed.CONTACT.key())
                .contains(ConsoleSeed.LEAD.key());
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(ConsoleSeed.AUDIT_REASON)
                .contains("field-ownership:email").contains("field=email");
        screenshot(browser, "05-person-timeline");
    }

    @Test
    void theContactsLeadCreationIsCountedByVendorObjectAndOutcome() {
        new WebDriverWait(browser, PAGE).until(driver -> ConsoleUsers.getAsAdmin(app, "/actuator/prometheus").body()
                .contains("leadbridge_crm_writes_total{object=\"Lead\",outcome=\"created\",vendor=\"salesforce\"} 1.0"));
    }

    @Test
    void theSettingsCheckAsksBothCrmsAndFindsTheMappingComplete() {
        ensureLoggedIn();
        browser.get(url("/settings"));
        browser.findElement(By.id("run-check-button")).click();

        WebElement results = waitFor(By.id("check-results"));
        assertThat(results.findElement(By.cssSelector("tr[data-crm='hubspot'] td.ok")).getText()).isEqualTo("OK");
        assertThat(results.findElement(By.cssSelector("tr[data-crm='salesforce'] td.ok")).getText()).isEqualTo("OK");
        screenshot(browser, "06-settings-check");
    }

    @Test
    void aPersonLookupThatCannotWorkSaysWhyInThePage() {
        ensureLoggedIn();
        browser.get(url("/people/not-a-uuid"));
        assertThat(waitFor(By.id("problem-status")).getText()).isEqualTo("400");
        assertThat(browser.findElement(By.id("problem-reason")).getText())
                .isEqualTo("person id must be a UUID, was 'not-a-uuid'");

        browser.get(url("/people"));
        new Select(browser.findElement(By.id("system"))).selectByVisibleText("SALESFORCE");
        browser.findElement(By.id("objectType")).sendKeys("Lead");
        browser.findElement(By.id("recordId")).sendKeys("00Q5g00000NobodyAAA");
        browser.findElement(By.cssSelector("#find-person button")).click();
        assertThat(waitFor(By.id("problem-status")).getText()).isEqualTo("404");
        assertThat(browser.findElement(By.id("problem-reason")).getText())
                .isEqualTo("the id map has no person for SALESFORCE:Lead:00Q5g00000NobodyAAA");
        screenshot(browser, "08-person-not-found");
    }

    @Test
    void theMappingsPageShowsFieldOwnershipAndFunnelStages() {
        ensureLoggedIn();
        browser.get(url("/mappings"));

        assertThat(waitFor(By.id("person-fields")).getText()).contains("email").contains("always-hubspot");
        assertThat(browser.findElement(By.id("status-mappings")).getText()).contains("Open - Not Contacted");
        screenshot(browser, "07-mappings");
    }

    @Test
    void theFunnelPageDrawsConversionSpeedToLeadAndSlaBreachesFromTheLedger() {
        FunnelLedger ledger = app.bean(FunnelLedger.class);
        Instant start = Instant.now().minus(Duration.ofHours(3));
        PersonId kim = PersonId.newId();
        PersonId lin = PersonId.newId();
        ledger.record(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, start,
                "qualification.mql", "score 64"), Optional.of(SDR), Optional.empty()));
        ledger.record(new PersonTransition(lin, FunnelTransitions.move(FunnelStage.NEW, FunnelStage.MQL, start,
                "qualification.mql", "score 71"), Optional.of(SDR), Optional.empty()));
        ledger.record(new PersonTransition(kim, FunnelTransitions.move(FunnelStage.MQL, FunnelStage.SQL,
                start.plus(Duration.ofHours(1)), SDR, "BANT complete"), Optional.of(SDR), Optional.empty()));
        ledger.record(new SlaEvent(kim, SlaKind.FIRST_TOUCH, SlaResult.MET, SDR, start,
                start.plus(Duration.ofMinutes(12))));
        ledger.record(new SlaEvent(lin, SlaKind.FIRST_TOUCH, SlaResult.BREACHED, SDR, start,
                start.plus(Duration.ofHours(2))));

        ensureLoggedIn();
        browser.findElement(By.id("nav-funnel")).click();
        WebElement mqlToSql = waitFor(By.cssSelector("#conversions tr[data-step='MQL → SQL']"));
        assertThat(mqlToSql.findElement(By.cssSelector("td.rate")).getText()).isEqualTo("50%");
        assertThat(mqlToSql.findElement(By.cssSelector("rect")).getAttribute("width")).isEqualTo("150");
        assertThat(browser.findElement(By.id("speed-measured")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#speed-buckets tr[data-bucket='15m'] td.count")).getText())
                .isEqualTo("1");
        assertThat(browser.findElement(By.id("sla-breaches")).getText()).contains("FIRST_TOUCH 1");
        assertThat(browser.findElement(By.id("owners-sdr")).getText()).contains(SDR).contains("MQL → SQL 50%");
        screenshot(browser, "09-funnel");
    }

    @Test
    void theRulesPageShowsTheFileRefusesAnInvalidReloadWithItsProblemsAndDryRunsALead() throws Exception {
        ensureLoggedIn();
        browser.findElement(By.id("nav-rules")).click();
        assertThat(waitFor(By.id("rules-file")).getText()).isEqualTo("file:" + rulesFile);
        assertThat(browser.findElement(By.id("rules-text")).getText()).contains("version: 1");

        Files.writeString(rulesFile, defaultRules.replaceFirst("(?m)^version: 1\\n", ""));
        browser.findElement(By.id("reload-button")).click();
        assertThat(waitFor(By.id("rule-problems")).getText()).contains("version: is required");
        screenshot(browser, "10-rules-reload-refused");
        Files.writeString(rulesFile, defaultRules);
        browser.findElement(By.id("reload-button")).click();
        assertThat(waitFor(By.id("done")).getText()).startsWith("Rules reloaded from file:" + rulesFile);

        new WebDriverWait(browser, PAGE).until(driver -> !console.crms().salesforce().list("Lead").isEmpty());
        new Select(browser.findElement(By.id("dry-run-system"))).selectByValue("HUBSPOT");
        browser.findElement(By.id("dry-run-record")).sendKeys(String.valueOf(noorContact));
        browser.findElement(By.id("dry-run-button")).click();
        assertThat(waitFor(By.id("plan-source")).getText()).isEqualTo("HUBSPOT:contact:" + noorContact);
        assertThat(browser.findElement(By.id("plan-target")).getText()).startsWith("SALESFORCE:Lead:");
        WebElement email = browser.findElement(By.cssSelector("#plan-decisions tr[data-field='email']"));
        assertThat(email.getText()).contains("field-ownership:email");
        screenshot(browser, "11-rules-dry-run");
    }

    @Test
    void aPersonsRecordIsDryRunAndResyncedFromTheirPage() {
        ensureLoggedIn();
        String contact = "HUBSPOT:contact:" + noorContact;
        new WebDriverWait(browser, PAGE).until(driver -> {
            driver.get(url("/people?system=HUBSPOT&objectType=contact&recordId=" + noorContact));
            return !driver.findElements(By.id("person-id")).isEmpty();
        });
        assertThat(browser.findElements(By.id("no-record-actions"))).isEmpty();
        WebElement record = browser.findElement(By.cssSelector("li[data-record='" + contact + "']"));
        record.findElement(By.cssSelector("form.dry-run button")).click();
        assertThat(waitFor(By.id("plan-source")).getText()).isEqualTo(contact);
        assertThat(browser.findElement(By.id("plan-decisions")).getText()).contains("field-ownership:email");
        screenshot(browser, "12-person-dry-run");

        browser.findElement(By.cssSelector("li[data-record='" + contact + "'] form.resync button")).click();
        assertThat(waitFor(By.id("done")).getText()).contains(contact);
        screenshot(browser, "13-person-resync");
    }

    private static void ensureLoggedIn() {
        browser.get(url("/"));
        if (browser.getCurrentUrl().endsWith("/login")) {
            logIn(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD);
            waitFor(By.id("current-user"));
        }
    }

    private static void logIn(String user, String password) {
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }

    private static WebElement waitFor(By locator) {
        return console.waitFor(locator);
    }

    private static String url(String path) {
        return console.url(path);
    }
}
