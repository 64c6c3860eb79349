package dk.kantinekort.app.browser;

import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.embedded.mitid.DemoIdentities.DemoIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
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
        // Vaadin re-renders parts of a page while a test waits on it: an element found a moment ago may be replaced
        wait.ignoring(StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    public EmbeddedPortal portal() {
        return portal;
    }

    /** The browser console's messages since the last call (reading them empties the log). */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
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

    /** Waits until the page's visible text contains all of these. */
    public void waitForText(String... parts) {
        wait.until(d -> {
            String shown = text();
            return Stream.of(parts).allMatch(shown::contains);
        });
    }

    /** The text the page shows, as a reader sees it (the body's innerText, slotted content included). */
    public String text() {
        return String.valueOf(driver.executeScript("return document.body.innerText"));
    }

    /**
     * Text of one element, by id (innerText, so the content of Vaadin components counts), found and read in one
     * script so a re-render in between cannot leave a stale reference; waits until the element is there.
     */
    public String text(String id) {
        Object shown = wait.until(d -> driver.executeScript(
                "const e = document.getElementById(arguments[0]); return e == null ? null : e.innerText;", id));
        return String.valueOf(shown);
    }

    /** Runs JavaScript in the page (arguments as in Selenium: elements, strings, numbers). */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Loads the page again, as the citizen's reload button does. */
    public void reload() {
        driver.navigate().refresh();
        wait.until(d -> vaadinIsReady());
    }

    /** Picks the item with this text in a Vaadin select (e.g. "Vælg konto"), with the mouse. */
    public void choose(String selectId, String itemText) {
        By item = By.xpath("//vaadin-select-overlay//vaadin-select-item[normalize-space(.)='" + itemText + "']");
        // the overlay's items can be rendered again between finding one and clicking it (zero size, or detached),
        // and the overlay can close with them: open it again if so, and click the item as it is now
        wait.until(d -> {
            if (d.findElements(By.cssSelector("vaadin-select-overlay[opened]")).isEmpty()) {
                click(selectId);
            }
            try {
                WebElement shown = d.findElement(item);
                if (!shown.isDisplayed()) {
                    return false;
                }
                shown.click();
                return true;
            } catch (NoSuchElementException | ElementNotInteractableException | StaleElementReferenceException e) {
                return false;
            }
        });
        wait.until(d -> vaadinIsReady());
    }

    /** The checkbox with this label in a Vaadin checkbox group. */
    public WebElement checkbox(String groupId, String label) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//vaadin-checkbox-group[@id='" + groupId + "']/vaadin-checkbox[normalize-space(.)='" + label + "']")));
    }

    /** Presses keys on whatever has the keyboard focus, as a keyboard-only user does. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        wait.until(d -> !onPortal() || vaadinIsReady()); // the demo MitID's page has no Vaadin
    }

    /** Ctrl+A in the focused field, so what is typed next replaces its text. */
    public void selectAll() {
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
    }

    /**
     * Presses Tab until the focused element satisfies the condition, at most {@code maxTabs} times; answers
     * the focused element: the document's active element, which is a Vaadin button itself but the native input
     * inside a Vaadin field ({@link #isIn} finds the field by its id).
     */
    public WebElement tabUntil(Predicate<WebElement> condition, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            press(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if (condition.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("Not reached with " + maxTabs + " presses of Tab; the focus is on "
                + describe(driver.switchTo().activeElement()));
    }

    /** Whether the element is the one with this id or inside it (a Vaadin field's input is its child). */
    public boolean isIn(WebElement element, String id) {
        return Boolean.TRUE.equals(driver.executeScript("return arguments[0].closest('#' + arguments[1]) !== null",
                element, id));
    }

    /** Tag and id of an element, for messages. */
    public static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getDomAttribute("id");
    }

    /**
     * Saves what the browser shows as a PNG, from the top of the page; with {@code fullPage} the window first grows
     * to the whole page.
     */
    public void saveScreenshot(Path file, boolean fullPage) throws IOException {
        Dimension before = driver.manage().window().getSize();
        try {
            if (fullPage) {
                long height = (Long) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
                long chrome = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
                driver.manage().window().setSize(new Dimension(before.getWidth(),
                        (int) Math.min(3000, Math.max(before.getHeight(), height + chrome))));
                wait.until(d -> vaadinIsReady());
            }
            // at the top of the page, as a visitor first sees it (typing into a field scrolls it into view)
            driver.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
                    + "document.querySelectorAll('*').forEach(e => { if (e.scrollTop) { e.scrollTop = 0; } });");
            // Vaadin's loading bar fades out for a moment after a round trip (the resize makes one): not the page
            driver.executeScript("document.querySelectorAll('.v-loading-indicator')"
                    + ".forEach(bar => bar.style.setProperty('display', 'none', 'important'))");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            if (fullPage) {
                driver.manage().window().setSize(before);
            }
        }
    }

    /** Keeps what the browser shows, for a failed test. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    private boolean vaadinIsReady() {
        // a plain server-rendered page (the login page, LoginPage) has no Vaadin: ready once loaded
        Object ready = driver.executeScript(
                "if (document.body && document.body.hasAttribute('data-plain-page')) return document.readyState === 'complete';"
                        + " return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        return Boolean.TRUE.equals(ready);
    }

    /** Fills in and submits the payment simulator's hosted page (cardholder Anna Jensen, expiry 12/30). */
    public void payWithCard(String cardNumber) {
        driver.findElement(By.name("cardholder")).sendKeys("Anna Jensen");
        driver.findElement(By.name("cardNumber")).sendKeys(cardNumber);
        driver.findElement(By.name("expiry")).sendKeys("12/30");
        driver.findElement(By.name("cvc")).sendKeys("123");
        driver.findElement(By.xpath("//button[normalize-space()='Gennemfør betaling']")).click();
    }

    /** Waits for the portal to send the browser to the hosted page, then pays there with this card. */
    public void payOnHostedPage(String cardNumber) {
        waitUntil(d -> d.getCurrentUrl().contains("/hosted/"));
        waitForText("Gennemfør betaling");
        payWithCard(cardNumber);
    }

    /**
     * Saves a card on the hosted page (a webshop order on a payment card, an enrolment): the guide's "klik 'Fortsæt'
     * når kortet er gemt" — the receipt step says the card is saved, and "Fortsæt" goes back to the portal.
     */
    public void saveCardOnHostedPage(String cardNumber) {
        payOnHostedPage(cardNumber);
        waitForText("Kortet er gemt.");
        driver.findElement(By.xpath("//a[normalize-space()='Fortsæt']")).click();
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
