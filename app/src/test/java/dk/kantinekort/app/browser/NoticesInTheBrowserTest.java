package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mail.ReceivedMail;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notifikationer in the browser: Christian opens it from Mine Konti for Test Harms Relation's card (linked to him),
 * chooses a mail for each declined purchase, and the cinema till's refusal of that school-only card is in his mail
 * with the reason; then he stops them. No purchase goes through, so no balance changes for the other tests.
 */
@BrowserTest
class NoticesInTheBrowserTest {

    private static final TillApi.Line POPCORN = new TillApi.Line("POP", "Popcorn", 1, 300);

    @Test
    void aParentChoosesMailsForDeclinedPurchasesAndGetsTheCinemasRefusalWithTheReason(PortalBrowser browser)
            throws IOException {
        String address = "christian-" + UUID.randomUUID() + "@example.dk";

        browser.loggedInAs(DemoIdentities.CHRISTIAN);
        browser.waitForTitleStartingWith("Mine Konti");
        browser.waitForText("Test Harms Relation");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                const b = document.querySelector('vaadin-button[aria-label="Notifikationer: Test Harms Relation"]');
                if (!b) return false;
                b.click();
                return true;
                """)));
        browser.waitForPath("/notifikationer");
        browser.waitForText("Vælg hvad du vil have en mail om", DemoData.RELATION_CARD.value());

        browser.click("notices-kind-declined-purchase");
        browser.type("notices-email", address);
        browser.click("notices-save");
        browser.waitUntil(d -> browser.text("notices-status").equals("Dine notifikationer er gemt."));
        if (System.getProperty("screenshots.dir") != null) {
            browser.saveScreenshot(Path.of(System.getProperty("screenshots.dir")).resolve("notifikationer.png"),
                    false);
        }

        TillApi.Answer atTheCinema = browser.portal().till().purchase(DemoData.CINEMA_TILL_TOKEN,
                DemoData.RELATION_CARD, POPCORN);
        assertThat(atTheCinema.reason()).isEqualTo("UNIT_NOT_ALLOWED");

        List<ReceivedMail> mails = await().atMost(Duration.ofSeconds(15)).until(() -> browser.portal().app()
                .mailServer().orElseThrow().mails().stream().filter(m -> address.equals(m.to())).toList(),
                found -> !found.isEmpty());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Et køb på Test Harms Relations kantinekort blev afvist");
            assertThat(mail.text()).contains("Et køb for 3,00 kr. hos Gladsaxe Bio",
                    "blev afvist: kortet må ikke bruges på dette sted");
        });

        // the choice is kept: shown again after a reload, and stopped from the page
        browser.waitUntil(d -> {
            browser.reload();
            browser.waitForText("Vælg hvad du vil have en mail om");
            return Boolean.TRUE.equals(browser.script(
                    "return document.getElementById('notices-kind-declined-purchase').hasAttribute('checked');"));
        });
        assertThat(browser.script("return document.querySelector('#notices-email input').value")).isEqualTo(address);
        browser.click("notices-stop");
        browser.waitUntil(d -> browser.text("notices-status")
                .equals("Du får ikke flere notifikationer om kontoen."));
    }
}
