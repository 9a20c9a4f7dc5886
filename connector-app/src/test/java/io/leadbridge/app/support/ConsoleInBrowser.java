package io.leadbridge.app.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium, both CRM emulators and the app in live mode on a file H2 with the {@link ConsoleUsers}, for
 * the console's browser tests; closing stops them all and deletes the database.
 */
public final class ConsoleInBrowser implements AutoCloseable {

    private static final Duration PAGE = Duration.ofSeconds(20);

    private ChromeDriver browser;
    private Path directory;
    private TestDatabase database;
    private EmulatedCrms crms;
    private RunningApp app;

    private ConsoleInBrowser() {
    }

    public static ConsoleInBrowser start(Consumer<EmulatedCrms> beforeApp) throws Exception {
        return start(Map.of(), beforeApp);
    }

    /**
     * Starts the browser and the emulators, lets {@code beforeApp} prepare the emulators, then starts the app with
     * {@code extraProperties} on top of the emulators' and the console users'.
     */
    public static ConsoleInBrowser start(Map<String, String> extraProperties, Consumer<EmulatedCrms> beforeApp)
            throws Exception {
        ConsoleInBrowser console = new ConsoleInBrowser();
        console.browser = HeadlessChromium.start();
        console.directory = Files.createTempDirectory("console-browser");
        console.database = TestDatabase.h2File(console.directory);
        console.crms = EmulatedCrms.start();
        beforeApp.accept(console.crms);
        Map<String, String> properties = new HashMap<>(console.crms.appProperties(console.database));
        properties.putAll(ConsoleUsers.properties());
        properties.putAll(extraProperties);
        console.app = RunningApp.start(properties);
        return console;
    }

    public ChromeDriver browser() {
        return browser;
    }

    public EmulatedCrms crms() {
        return crms;
    }

    public RunningApp app() {
        return app;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE).until(driver -> driver.findElement(locator));
    }

    public String url(String path) {
        return app.uri(path).toString();
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (crms != null) {
            crms.close();
        }
        if (database != null) {
            database.close();
        }
        if (directory != null) {
            FileSystemUtils.deleteRecursively(directory.toFile());
        }
    }
}
