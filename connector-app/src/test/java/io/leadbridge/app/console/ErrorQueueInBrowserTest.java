package io.leadbridge.app.console;

import static io.leadbridge.app.support.HeadlessChromium.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadbridge.app.support.ConsoleInBrowser;
import io.leadbridge.app.support.ConsoleUsers;
import io.leadbridge.app.support.EmulatedCrms;
import io.leadbridge.app.support.RunningApp;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The error queue's actions in headless Chromium against the running app on both emulators: Salesforce refuses the
 * Leads of three new HubSpot contacts; a viewer sees the errors without buttons and is refused a retry; the admin
 * dismisses one with a reason, retries one once Salesforce accepts writes again and sees it RESOLVED, and retries
 * the rest in bulk. The steps depend on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErrorQueueInBrowserTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(40);
    private static final String REFUSED = "API_DISABLED_FOR_ORG";

    private static ConsoleInBrowser console;
    private static EmulatedCrms crms;
    private static RunningApp app;
    private static ChromeDriver browser;
    private static long kimError;
    private static long noorError;
    private static long linError;

    @BeforeAll
    static void startAppWithThreeRefusedWrites() throws Exception {
        long[] contacts = new long[3];
        console = ConsoleInBrowser.start(emulators -> {
            emulators.refuseSalesforceWrites();
            contacts[0] = contact(emulators, "kim.larsen@fjordline.example", "Larsen");
            contacts[1] = contact(emulators, "noor.haddad@cedarworks.example", "Haddad");
            contacts[2] = contact(emulators, "lin.okafor@brightpath.example", "Okafor");
        });
        crms = console.crms();
        app = console.app();
        browser = console.browser();
        ErrorQueue errors = app.bean(ErrorQueue.class);
        await().atMost(PROPAGATION).until(() -> errors.count(ErrorFilter.ALL) == 3);
        kimError = errorOf(errors, contacts[0]);
        noorError = errorOf(errors, contacts[1]);
        linError = errorOf(errors, contacts[2]);
    }

    @AfterAll
    static void stopAll() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    @Order(1)
    void aViewerSeesTheErrorsWithoutButtonsAndIsRefusedARetry() {
        logInAs(ConsoleUsers.VIEWER, ConsoleUsers.VIEWER_PASSWORD);
        browser.get(url("/errors?status=OPEN&code=" + REFUSED));
        assertThat(waitFor(By.id("error-total")).getText()).isEqualTo("3");
        assertThat(browser.findElements(By.id("bulk-retry"))).isEmpty();

        browser.get(url("/errors/" + kimError));
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("OPEN");
        assertThat(browser.findElements(By.id("error-actions"))).isEmpty();
        screenshot(browser, "20-error-as-viewer");

        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('form.logout input[name=_csrf]').value;
                fetch('/errors/%d/retry', {method: 'POST', body: new URLSearchParams({_csrf: token})})
                    .then(answer => done(answer.status));
                """.formatted(kimError));
        assertThat(status).isEqualTo(403L);
        assertThat(app.bean(ErrorQueue.class).find(kimError).orElseThrow().status().name()).isEqualTo("OPEN");
    }

    @Test
    @Order(2)
    void theAdminDismissesAnErrorWithAReasonAndIsRecordedAsWhoDismissedIt() {
        logInAs(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD);
        browser.get(url("/errors/" + noorError));
        browser.findElement(By.id("reason")).sendKeys("Noor asked not to be contacted");
        screenshot(browser, "21-dismiss-with-reason");
        browser.findElement(By.id("dismiss-button")).click();

        assertThat(waitFor(By.id("done")).getText()).isEqualTo("Error " + noorError + " is dismissed.");
        assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("DISMISSED");
        assertThat(browser.findElement(By.id("error-closed-by")).getText()).isEqualTo(ConsoleUsers.ADMIN);
        assertThat(browser.findElement(By.id("error-close-reason")).getText())
                .isEqualTo("Noor asked not to be contacted");
        assertThat(browser.findElements(By.id("error-actions"))).isEmpty();
        screenshot(browser, "22-dismissed");
    }

    @Test
    @Order(3)
    void theAdminRetriesAnErrorOnceSalesforceAcceptsWritesAndSeesItResolved() {
        logInAs(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD);
        crms.acceptSalesforceWrites();
        browser.get(url("/errors/" + kimError));
        browser.findElement(By.id("retry-button")).click();
        assertThat(waitFor(By.id("done")).getText()).startsWith("Error " + kimError + " is queued for a retry");

        new WebDriverWait(browser, PROPAGATION).until(driver -> {
            driver.get(url("/errors/" + kimError));
            return driver.findElement(By.id("error-status")).getText().equals("RESOLVED");
        });
        assertThat(browser.findElement(By.id("error-closed-by")).getText()).isEqualTo("leadbridge");
        assertThat(crms.salesforce().list("Lead")).anySatisfy(lead -> assertThat(lead)
                .containsEntry("Email", "kim.larsen@fjordline.example"));
        screenshot(browser, "23-retried-resolved");
    }

    @Test
    @Order(4)
    void aBulkRetryQueuesTheOpenErrorsMatchingTheFilterAndLeavesTheDismissedOneAlone() {
        logInAs(ConsoleUsers.ADMIN, ConsoleUsers.ADMIN_PASSWORD);
        browser.get(url("/errors?system=HUBSPOT&objectType=contact&code=" + REFUSED));
        browser.findElement(By.id("bulk-retry-button")).click();
        assertThat(waitFor(By.id("done")).getText()).isEqualTo("Open errors queued for a retry: 1.");

        new WebDriverWait(browser, PROPAGATION).until(driver -> {
            driver.get(url("/errors?status=RESOLVED&code=" + REFUSED));
            return driver.findElement(By.id("error-total")).getText().equals("2");
        });
        assertThat(browser.findElement(By.cssSelector("tr[data-error='" + linError + "'] td.status")).getText())
                .isEqualTo("RESOLVED");
        browser.get(url("/errors/" + noorError));
        assertThat(waitFor(By.id("error-status")).getText()).isEqualTo("DISMISSED");
        screenshot(browser, "24-bulk-retried");
    }

    private static long contact(EmulatedCrms emulators, String email, String lastName) {
        return emulators.hubspot().create(ObjectType.CONTACTS, Map.of("email", email, "lastname", lastName,
                "company", lastName + " AS")).id();
    }

    private static long errorOf(ErrorQueue errors, long contactId) {
        return errors.list(ErrorFilter.ALL, 10).stream()
                .filter(error -> error.event().ref().id().equals(String.valueOf(contactId)))
                .mapToLong(SyncError::id).findFirst().orElseThrow();
    }

    private static void logInAs(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        assertThat(waitFor(By.id("current-user")).getText()).isEqualTo(user);
    }

    private static WebElement waitFor(By locator) {
        return console.waitFor(locator);
    }

    private static String url(String path) {
        return console.url(path);
    }
}
