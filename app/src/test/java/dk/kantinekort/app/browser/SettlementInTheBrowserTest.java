package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * Afregning in the browser as the demo MitID's {@code admin} (issue 20): the provider's settlement report is uploaded
 * on the page, and a charge the ledger never saw is listed as "Mangler i hovedbogen" with the fee the provider
 * withheld, nothing booked. Writes the README's screenshot when {@code screenshots.dir} is set.
 */
@BrowserTest
class SettlementInTheBrowserTest {

    @TempDir
    Path files;

    @Test
    void theFinanceOfficeUploadsTheProvidersReportAndSeesWhatTheLedgerDoesNotKnow(PortalBrowser browser)
            throws IOException {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1);
        String paymentId = "unknown" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path report = files.resolve("nets-settlement.csv");
        Files.writeString(report, String.join("\r\n",
                "PayoutId;PayoutDate;TransactionDate;PaymentId;ChargeId;OrderReference;TransactionType;PaymentMethod;"
                        + "Currency;GrossAmount;Fee;NetAmount",
                "PO-1;" + yesterday + ";" + yesterday + ";" + paymentId + ";ch-" + paymentId + ";deposit-x;Charge;Visa;"
                        + "DKK;100.00;0.75;99.25") + "\r\n", StandardCharsets.UTF_8);

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/afregning");
        browser.waitUntil(d -> !d.findElements(By.id("settlement-upload")).isEmpty());
        WebElement upload = browser.driver().findElement(By.id("settlement-upload"));
        SearchContext shadow = upload.getShadowRoot();
        shadow.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());

        browser.waitUntil(d -> browser.text().contains(paymentId));
        browser.waitForText("Mangler i hovedbogen");
        assertThat(browser.text("settlement-details")).contains(paymentId, "100,00 kr.", "0,75 kr.");
        String screenshots = System.getProperty("screenshots.dir");
        if (screenshots != null && !screenshots.isBlank()) {
            browser.saveScreenshot(Path.of(screenshots).resolve("afregning.png"), false);
        }
    }
}
