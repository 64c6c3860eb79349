package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RequestPayout;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;

/**
 * F16 in the browser, through the real login as the demo MitID's {@code admin}: a replacement card marked produced
 * in Kortbestillinger replaces the old card at the till at once, and a payout approved in Udbetalinger empties the
 * account. The account is a fresh one (opened as the admin API would): the demo people's cards and balances are
 * what the other browser tests read.
 */
@BrowserTest
class BackofficeInTheBrowserTest {

    private static final TillApi.Line APPLE = new TillApi.Line("AEBLE", "Æble", 1, 100);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void staffMarkAReplacementCardProducedAndApproveAPayout(PortalBrowser browser) {
        EmbeddedPortal portal = browser.portal();
        CardNumber oldCard = CardNumber.parse("BO" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L));
        AccountOpening opened = send(portal, new OpenAccountForPerson(randomCpr(), "Bo Backoffice", null, oldCard,
                EnumSet.allOf(UnitKind.class)));
        String accountId = opened.accountId();
        send(portal, new DepositMoney(accountId, "bo-" + accountId, Money.ofOre(10_000), DepositMethod.CASH, "kasse"));
        String orderId = UUID.randomUUID().toString();
        CardNumber newCard = send(portal, new OrderReplacementCard(accountId, orderId));
        await().atMost(PATIENCE).until(() -> portal.queries().query(new ListPendingCardReplacements(),
                        ResponseTypes.multipleInstancesOf(PendingCardReplacement.class)).join().stream()
                .anyMatch(order -> order.orderId().equals(orderId)));

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration", "Logget ind som admin");
        browser.open("/backoffice/kort");
        browser.waitForText("Bo Backoffice", newCard.masked());
        browser.click("card-produce-" + orderId);
        browser.waitUntil(d -> browser.text("cards-message").startsWith("Kortet er markeret som produceret og sendt."));

        TillApi till = portal.till();
        await().atMost(PATIENCE).until(() -> till.purchase(DemoData.SCHOOL_TILL_TOKEN, oldCard, APPLE).reason(),
                "CARD_REPLACED"::equals);
        TillApi.Answer withTheNewCard = till.purchase(DemoData.SCHOOL_TILL_TOKEN, newCard, APPLE);
        assertThat(withTheNewCard.approved()).as(withTheNewCard.toString()).isTrue();

        String payoutId = UUID.randomUUID().toString();
        send(portal, RequestPayout.toNemKonto(accountId, payoutId));
        await().atMost(PATIENCE).until(() -> portal.queries().query(new ListPayoutRequests(PayoutView.State.REQUESTED),
                        ResponseTypes.multipleInstancesOf(PayoutView.class)).join().stream()
                .anyMatch(payout -> payout.payoutId().equals(payoutId)));
        browser.open("/backoffice/udbetalinger");
        browser.waitForText("Bo Backoffice", "NemKonto");
        browser.click("payout-approve-" + payoutId);
        browser.waitUntil(d -> browser.text("payouts-message").equals("Udbetalingen er godkendt."));

        await().atMost(PATIENCE).until(() -> portal.accountOf(newCard).balance(), Money.ZERO::equals);
        browser.open("/backoffice/support");
        browser.type("support-search", newCard.value());
        browser.click("support-find");
        browser.waitUntil(d -> browser.text("support-account-" + accountId).contains("0,00 kr."));
    }

    @Test
    void staffOfferANewProductAtTheSchoolAndItIsListedInTheCatalogue(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/katalog");
        browser.choose("catalogue-place", "Gladsaxe Skole");
        browser.waitForText("Frugtordning", "45,00 kr.");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Katalog").isEmpty();

        String sku = "SUPPE-" + ThreadLocalRandom.current().nextInt(1_000_000);
        browser.click("catalogue-new-product");
        browser.type("product-sku", sku);
        browser.type("product-name", "Suppe");
        browser.type("product-price", "22,50");
        browser.type("product-date", "15-12-2099");
        browser.press(org.openqa.selenium.Keys.ENTER);
        browser.click("product-add-date");
        browser.waitForText("15-12-2099");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Nyt produkt").isEmpty();
        browser.click("product-save");

        browser.waitUntil(d -> browser.text("catalogue-message").equals("Produktet udbydes nu."));
        browser.waitUntil(d -> { // the list follows as soon as the read side has seen the event
            if (browser.text("catalogue-products").contains(sku)) {
                return true;
            }
            browser.open("/backoffice/katalog");
            browser.choose("catalogue-place", "Gladsaxe Skole");
            return false;
        });
        assertThat(browser.text("catalogue-products")).contains(sku, "Suppe", "22,50 kr.", "15-12-2099");
    }

    @Test
    void aCitizenIsRefusedTheBackOffice(PortalBrowser browser) {
        browser.loggedInAs(DemoIdentities.CHRISTIAN);

        browser.open("/backoffice/udbetalinger");

        browser.waitForText("Du har ikke adgang til denne side.");
        assertThat(browser.text()).doesNotContain("Godkend", "Kantinekort – administration");
    }

    private static <R> R send(EmbeddedPortal portal, Object command) {
        return portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
    }

    private static Cpr randomCpr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Cpr.parse(String.format("%02d%02d%02d%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(0, 100), random.nextInt(0, 10_000)));
    }
}
