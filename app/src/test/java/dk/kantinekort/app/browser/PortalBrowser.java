package dk.kantinekort.app.browser;

import dk.kantinekort.app.demo.DemoIdentities;
import dk.kantinekort.app.demo.DemoIdentities.DemoIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One citizen's browser on the embedded portal: a fresh headless Chromium, and the steps every browser test
 * needs (log in through the real demo MitID page, wait for a page, fill a Vaadin field).
 */
public final class PortalBrowser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    private final EmbeddedPortal portal;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    PortalBrowser(EmbeddedPortal portal) {
        this.portal = portal;
        try {
            this.profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.driver = Chromium.start(profile);
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    public WebDriver driver() {
        return driver;
    }

    public EmbeddedPortal portal() {
        return portal;
    }

    /** Opens a portal path, e.g. "/" or "/cpr". */
    public PortalBrowser open(String path) {
        driver.get(portal.url(path));
        return this;
    }

    /** Logs in from the portal's login page through the demo MitID page; answers where the portal lands. */
    public WebDriver loggedInAs(DemoIdentity identity) {
        open("/");
        waitForPath("/login");
        click("login-mitid");
        submitMitIdLogin(identity.username(), DemoIdentities.PASSWORD);
        wait.until(d -> onPortal() && !path().equals("/login") && vaadinIsReady());
        return driver;
    }

    /** Fills and sends the demo MitID login form (the browser must be on it). */
    public void submitMitIdLogin(String username, String password) {
        wait.until(ExpectedConditions.titleIs("MitID (demo)"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The path of the page the browser shows. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public boolean onPortal() {
        URI now = URI.create(driver.getCurrentUrl());
        return URI.create(portal.url("/")).getAuthority().equals(now.getAuthority());
    }

    public void waitForPath(String path) {
        wait.until(d -> path().equals(path) && vaadinIsReady());
    }

    public void waitForTitleStartingWith(String prefix) {
        wait.until(d -> d.getTitle() != null && d.getTitle().startsWith(prefix));
    }

    /** Clicks a Vaadin component (button) by id. */
    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Types into a Vaadin text field by id (its native input), replacing what was there. */
    public void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
    }

    /** The error message a Vaadin field shows next to it, once it is invalid. */
    public String fieldError(String fieldId) {
        WebElement field = driver.findElement(By.id(fieldId));
        wait.until(d -> field.getDomAttribute("invalid") != null);
        return field.findElement(By.cssSelector("[slot='error-message']")).getText();
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Keeps what the browser shows, for a failed test. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    private boolean vaadinIsReady() {
        Object ready = driver.executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        return Boolean.TRUE.equals(ready);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
