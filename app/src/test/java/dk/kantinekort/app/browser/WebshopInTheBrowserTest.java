package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.webshop.WebshopOrderCharged;
import dk.kantinekort.api.webshop.WebshopOrderRefunded;
import dk.kantinekort.app.ProcessorsIdle;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import dk.kantinekort.app.psp.PspSimulatorClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Webshop (F15) as Anna does it in the browser: the demo lunch of Gladsaxe Skole (35,00 kr. on each of next week's
 * five school days) bought with the canteen card is "Betalt" at once and takes exactly the total off the balance;
 * one line cancelled in "Vis" puts exactly its amount back. Bought with a payment card, the card is saved on the
 * simulator's hosted page and the order waits for its delivery days: "Afventer betaling 0/5". Each test buys for
 * an account of its own (a child linked to Anna), and checks "nothing more" once every processor is idle.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebshopInTheBrowserTest {

    private static final Money LUNCH_PER_DELIVERY = Money.ofKroner(35);
    private static final Money LUNCH_WEEK = LUNCH_PER_DELIVERY.times(5);

    @Test
    @Order(1)
    void theLunchBoughtWithTheCanteenCardIsPaidAtOnceAndACancelledLineIsRefundedExactly(PortalBrowser browser) {
        OwnAccount child = OwnAccount.linkedTo(browser.portal(), DemoIdentities.ANNA, Money.ofKroner(300));
        String anna = child.accountId();
        Money before = child.balance(browser.portal());
        List<String> violations = new ArrayList<>();
        browser.loggedInAs(DemoIdentities.ANNA);

        putTheLunchInTheBasket(browser, anna);
        assertThat(browser.text("basket-total")).isEqualTo("I alt: 175,00 kr.");
        violations.addAll(WcagCheck.seriousViolations(browser.driver()));
        browser.click("checkout-accept");
        browser.click("checkout");

        browser.waitUntil(d -> browser.text("checkout-confirmation").startsWith("Betalt."));
        await().atMost(Duration.ofSeconds(30)).until(() -> child.balance(browser.portal()),
                before.minus(LUNCH_WEEK)::equals);

        browser.click("webshop-show-orders");
        browser.waitForPath("/webshop/ordrer");
        browser.waitUntil(d -> browser.text("orders-table").contains("Betalt"));
        violations.addAll(WcagCheck.seriousViolations(browser.driver()));
        WebElement show = browser.driver().findElement(By.cssSelector("#orders-table tbody tr:first-child"
                + " vaadin-button[id$='-show']"));
        assertThat(show.findElement(By.xpath("ancestor::tr")).getText()).contains("Betalt", "175,00 kr.");
        show.click();
        browser.waitForPath("/webshop/ordre");

        WebElement cancel = browser.driver().findElement(By.cssSelector("#order-lines vaadin-button[id$='-cancel']"));
        String lineId = cancel.getDomAttribute("id").replaceFirst("-cancel$", "");
        assertThat(browser.text(lineId)).contains("35,00 kr.", "Betalt");
        violations.addAll(WcagCheck.seriousViolations(browser.driver()));
        cancel.click();

        browser.waitUntil(d -> browser.text(lineId + "-state").equals("Annulleret"));
        await().atMost(Duration.ofSeconds(30)).until(() -> child.balance(browser.portal()),
                before.minus(LUNCH_WEEK).plus(LUNCH_PER_DELIVERY)::equals);
        // and nothing more: charged once, refunded once, the ledger agrees
        ProcessorsIdle.await(browser.portal().app());
        assertThat(child.balance(browser.portal())).isEqualTo(before.minus(LUNCH_WEEK).plus(LUNCH_PER_DELIVERY));
        assertThat(ProcessorsIdle.ledgerBalance(browser.portal().app(), anna))
                .isEqualTo(before.minus(LUNCH_WEEK).plus(LUNCH_PER_DELIVERY));
        assertThat(ProcessorsIdle.countOf(browser.portal().app(), anna, WebshopOrderCharged.class)).isEqualTo(1);
        assertThat(ProcessorsIdle.countOf(browser.portal().app(), anna, WebshopOrderRefunded.class)).isEqualTo(1);
        assertThat(violations).as("serious or critical WCAG 2.1 A/AA violations on the webshop pages").isEmpty();
    }

    @Test
    @Order(2)
    void theLunchBoughtWithAPaymentCardWaitsForItsDeliveryDays(PortalBrowser browser) {
        OwnAccount child = OwnAccount.linkedTo(browser.portal(), DemoIdentities.ANNA, Money.ofKroner(50));
        String anna = child.accountId();
        Money before = child.balance(browser.portal());
        browser.loggedInAs(DemoIdentities.ANNA);

        putTheLunchInTheBasket(browser, anna);
        browser.driver().findElement(By.xpath("//vaadin-radio-group[@id='checkout-payment']"
                + "/vaadin-radio-button[contains(., 'Betalingskort')]")).click();
        // the card fee of the demo's fee schedule, before paying: every delivery is charged 35,00 kr. + 1,44 kr.
        assertThat(browser.text("checkout-fee-rule")).isEqualTo("Gebyr pr. levering: 1,00 kr. + 1,25 %");
        assertThat(browser.text("checkout-fee-delivery"))
                .isEqualTo("Hver levering koster 35,00 kr. + gebyr 1,44 kr. = 36,44 kr.");
        browser.click("checkout-accept");
        browser.click("checkout");
        browser.saveCardOnHostedPage(PspSimulatorClient.SUCCESS_CARD);

        browser.waitForPath("/webshop/betaling");
        browser.waitUntil(d -> browser.text("webshop-return-content").contains("Afventer betaling 0/5"));
        assertThat(browser.text("webshop-return-next-charge")).endsWith(nextMonday());
        ProcessorsIdle.await(browser.portal().app());
        assertThat(child.balance(browser.portal())).as("nothing is taken from the canteen card").isEqualTo(before);
        assertThat(ProcessorsIdle.ledgerBalance(browser.portal().app(), anna)).isEqualTo(before);
        assertThat(ProcessorsIdle.countOf(browser.portal().app(), anna, WebshopOrderCharged.class)).isZero();
    }

    private static void putTheLunchInTheBasket(PortalBrowser browser, String accountId) {
        browser.open("/webshop?konto=" + accountId);
        browser.waitForPath("/webshop");
        browser.waitForText("Frokost mandag–fredag uge", "35,00 kr. pr. levering", nextMonday());
        WebElement add = browser.driver().findElement(By.cssSelector("vaadin-button[id^='product-frokost-'][id$='-add']"));
        add.click();
        browser.waitUntil(d -> browser.text("basket-total").equals("I alt: 175,00 kr."));
    }

    /** The demo catalogue's lunches are for next week's school days. */
    private static String nextMonday() {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return String.format("%02d-%02d-%d", monday.getDayOfMonth(), monday.getMonthValue(), monday.getYear());
    }
}
