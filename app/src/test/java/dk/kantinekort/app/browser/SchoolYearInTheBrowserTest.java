package dk.kantinekort.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.FindSchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.PupilCsv;
import dk.kantinekort.api.schoolyear.SchoolYearImportProgress;
import dk.kantinekort.api.schoolyear.StartSchoolYearImport;
import dk.kantinekort.api.till.RegisterPlace;
import dk.kantinekort.app.demo.DemoData;
import dk.kantinekort.embedded.mitid.DemoIdentities;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Skoleår in the browser as the demo MitID's {@code admin}: next year's pupil file is pasted, its dry run shows the
 * new pupil, the refused row with its reason and last year's pupil who left; the import runs with its progress, and
 * the leaver's account is closed with the balance paid out: the till then declines the card.
 */
@BrowserTest
class SchoolYearInTheBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String HEADER = "cpr;navn;skole;klasse;kortnummer\n";

    @Test
    void theDryRunShowsWhatTheImportWillDo_thenTheLeaversAccountIsClosedAndItsCardDeclined(PortalBrowser browser)
            throws Exception {
        EmbeddedPortal portal = browser.portal();
        String school = "Browserskolen " + ThreadLocalRandom.current().nextInt(1_000_000);
        send(portal, new RegisterPlace("skole-" + UUID.randomUUID().toString().substring(0, 8), school,
                UnitKind.SCHOOL));
        String leaverCard = card();
        String stayingCpr = cpr("1212", "14");
        String stayingCard = card();
        String lastYear = HEADER + cpr("1111", "12") + ";Vilma Fraflytter;" + school + ";9.a;" + leaverCard + "\n"
                + stayingCpr + ";Storm Bliver;" + school + ";6.b;" + stayingCard + "\n";
        String first = "browser-" + UUID.randomUUID();
        send(portal, new StartSchoolYearImport(first, PupilCsv.parse(lastYear)));
        await().atMost(PATIENCE).until(() -> portal.queries().query(new FindSchoolYearImportProgress(first),
                SchoolYearImportProgress.class).join(), p -> p != null && p.finished());
        String leaverAccount = await().atMost(PATIENCE).until(
                () -> portal.accountOf(CardNumber.parse(leaverCard)), a -> a != null).accountId();
        send(portal, new DepositMoney(leaverAccount, "sy-" + leaverAccount, Money.ofOre(2_500), DepositMethod.CASH,
                "kasse"));

        browser.loggedInAs(DemoIdentities.ADMIN);
        browser.waitForText("Kantinekort – administration");
        browser.open("/backoffice/skoleaar");
        browser.waitForText("Skoleår", "Elevliste");
        String nextYear = HEADER + stayingCpr + ";Storm Bliver;" + school + ";7.b;" + stayingCard + "\n"
                + cpr("0101", "18") + ";Alma Ny;" + school + ";0.a;" + card() + "\n"
                + "3299181234;Forkert Dato;" + school + ";0.a;" + card() + "\n";
        browser.driver().findElement(By.cssSelector("#school-year-file textarea")).sendKeys(nextYear);
        browser.click("school-year-dry-run");
        browser.waitForText("Oprettes: 1.", "Ændres: 1.", "Afvises: 1.", "Fraflyttede elever: 1.");
        assertThat(browser.text("school-year-rows")).contains("Alma Ny", "Ny konto og nyt kort",
                "Navn eller klasse ændres", "Afvist: CPR-nummeret er ikke gyldigt");
        assertThat(browser.text("school-year-leavers")).contains("Vilma Fraflytter", "9.a", "25,00 kr.");
        assertThat(WcagCheck.seriousViolations(browser.driver())).as("Skoleår").isEmpty();
        String screenshots = System.getProperty("screenshots.dir");
        if (screenshots != null) {
            browser.saveScreenshot(Path.of(screenshots).resolve("skoleaar.png"), true);
        }

        browser.click("school-year-apply");
        browser.waitUntil(d -> browser.text("school-year-progress-text").equals("3 af 3 rækker er indlæst"));
        browser.waitUntil(d -> browser.text("school-year-message").startsWith("Elevlisten er indlæst. Oprettet: 1."));
        assertThat(browser.text("school-year-refused")).contains("4", "Afvist: CPR-nummeret er ikke gyldigt");
        browser.waitForText("Vilma Fraflytter");
        browser.click("school-year-close");
        browser.waitUntil(d -> browser.text("school-year-message").startsWith("1 konti er lukket"));

        TillApi.Answer declined = portal.till().purchase(DemoData.SCHOOL_TILL_TOKEN, CardNumber.parse(leaverCard),
                new TillApi.Line("AEBLE", "Æble", 1, 100));
        assertThat(declined.reason()).isEqualTo("CARD_BLOCKED");
        await().atMost(PATIENCE).until(() -> portal.accountOf(CardNumber.parse(leaverCard)).balance(),
                Money.ZERO::equals);
    }

    private static <R> R send(EmbeddedPortal portal, Object command) {
        return portal.commands().sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Metadata.of(Metadata.admin("browser-test"), Metadata.Channel.ADMIN_API, null)));
    }

    private static String cpr(String ddmm, String yy) {
        return ddmm + yy + String.format("4%03d", ThreadLocalRandom.current().nextInt(1000));
    }

    private static String card() {
        return "SY" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
