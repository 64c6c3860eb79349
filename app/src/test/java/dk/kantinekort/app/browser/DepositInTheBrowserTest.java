package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.account.MoneyDeposited;
import dk.kantinekort.app.ProcessorsIdle;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.app.psp.PspSimulatorClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * Indbetaling (F6) as Anna does it in the browser: the portal's form, the provider's hosted page (the embedded
 * simulator, reached over HTTP like Nets would be), back to the receipt; the webhook credits the card and a receipt
 * goes out by SMTP. Declines come back with the guide's advice. Anna pays onto an account of this class's own (a
 * child linked to her), so the balances are this test's alone; "nothing credited" is checked once every processor
 * has handled every event, in the read model and in the ledger.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepositInTheBrowserTest {

    private static OwnAccount child;

    /** The class's own account, made at first use (the tests run in order on it). */
    private static AccountSummary child(PortalBrowser browser) {
        if (child == null) {
            child = OwnAccount.linkedTo(browser.portal(), DemoIdentities.ANNA, Money.ZERO);
        }
        return browser.portal().accountOf(child.card());
    }

    private static long credits(PortalBrowser browser) {
        return ProcessorsIdle.countOf(browser.portal().app(), child.accountId(), MoneyDeposited.class);
    }

    /** Nothing more happens: every processor is idle; the read model and the ledger both show the balance. */
    private static void assertSettledAt(PortalBrowser browser, Money balance, long cardCredits) {
        ProcessorsIdle.await(browser.portal().app());
        assertThat(browser.portal().accountOf(child.card()).balance()).isEqualTo(balance);
        assertThat(ProcessorsIdle.ledgerBalance(browser.portal().app(), child.accountId())).isEqualTo(balance);
        assertThat(ProcessorsIdle.countOf(browser.portal().app(), child.accountId(), MoneyDeposited.class))
                .as("credits of the account: no double credit").isEqualTo(cardCredits);
    }

    @Test
    @Order(1)
    void aDepositWithTheSuccessCardRaisesTheBalanceAndSendsAReceipt(PortalBrowser browser) {
        AccountSummary anna = child(browser);
        Money before = anna.balance();
        long credits = credits(browser);
        browser.loggedInAs(DemoIdentities.ANNA);

        goToHostedPage(browser, anna, "100");
        browser.payWithCard(PspSimulatorClient.SUCCESS_CARD);

        browser.waitForText("Kvittering", "100,00 kr.", "2,25 kr.", "102,25 kr.");
        // the credit reaches the read model asynchronously: once every processor is idle it must be there, once
        assertSettledAt(browser, before.plus(Money.ofKroner(100)), credits + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> browser.portal().app().mailServer().orElseThrow().mails()
                .stream().anyMatch(m -> m.subject().startsWith("Kvittering for indbetaling")
                        && m.text().contains("100,00 kr.")));
    }

    @Test
    @Order(2)
    void theSameCardAndAmountWithinTenMinutesGetsTheGuidesAdvice(PortalBrowser browser) {
        AccountSummary anna = child(browser);
        long credits = credits(browser);
        browser.loggedInAs(DemoIdentities.ANNA);

        goToHostedPage(browser, anna, "100");
        browser.payWithCard(PspSimulatorClient.SUCCESS_CARD);
        browser.waitForText("Identisk transaktion");
        cancel(browser.driver());

        browser.waitForText("Identisk transaktion", "Vent 10 min. med at overføre.", "299 eller 301");
        assertSettledAt(browser, anna.balance(), credits);
    }

    @Test
    @Order(3)
    void aCardWithoutFundsIsRefusedWithAClearMessageAndNothingIsCredited(PortalBrowser browser) {
        AccountSummary anna = child(browser);
        long credits = credits(browser);
        browser.loggedInAs(DemoIdentities.ANNA);

        goToHostedPage(browser, anna, "40");
        browser.payWithCard(PspSimulatorClient.INSUFFICIENT_FUNDS_CARD);
        browser.waitForText("ikke dækning");
        cancel(browser.driver());

        browser.waitForText("Der er ikke dækning på betalingskortet.");
        assertSettledAt(browser, anna.balance(), credits);
    }

    @Test
    @Order(4)
    void theAmountsWholeLabelIsReadAt1280PixelsAndOnAPhone(PortalBrowser browser) throws IOException {
        AccountSummary anna = child(browser);
        browser.loggedInAs(DemoIdentities.ANNA);
        Dimension before = browser.driver().manage().window().getSize();
        try {
            for (int width : new int[] {1280, 390}) {
                browser.driver().manage().window().setSize(new Dimension(width, 1000));
                browser.open("/indbetaling?konto=" + anna.accountId());
                browser.waitForText("Beløb der ønskes indbetalt");
                browser.script("document.getElementById('deposit-amount').scrollIntoView({block: 'center'})");
                browser.saveScreenshot(Path.of("target", "browser", "deposit-amount-" + width + ".png"), false);
                // the label's text is inside its box: nothing cut off behind an ellipsis
                Object cutOff = browser.script("const field = document.getElementById('deposit-amount');"
                        + "const label = field.querySelector('label');"
                        + "const part = field.shadowRoot.querySelector('[part=label]');"
                        + "return [label, part].some(e => e.scrollWidth > e.clientWidth + 1);");
                assertThat(cutOff).as("label cut off at %d px", width).isEqualTo(false);
                Object inside = browser.script("return document.getElementById('deposit-amount')"
                        + ".getBoundingClientRect().right <= document.documentElement.clientWidth;");
                assertThat(inside).as("the field, its \"kr.\" included, within the screen at %d px", width)
                        .isEqualTo(true);
                assertThat(browser.text("deposit-amount"))
                        .contains("(beløbet skal være i hele danske kroner)");
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static void goToHostedPage(PortalBrowser browser, AccountSummary account, String kroner) {
        browser.open("/indbetaling?konto=" + account.accountId());
        browser.waitForText("Beløb der ønskes indbetalt");
        browser.type("deposit-amount", kroner);
        browser.press(org.openqa.selenium.Keys.TAB);
        browser.waitUntil(d -> browser.text("deposit-fee").contains(","));
        browser.click("deposit-accept");
        browser.click("deposit-next");
        browser.click("deposit-pay");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/hosted/"));
        browser.waitForText("Gennemfør betaling", "Total");
    }

    private static void cancel(WebDriver driver) {
        driver.findElement(By.linkText("Annuller")).click();
    }
}
