package dk.kantinekort.ui.citizen.help;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.SupportContactInForce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/**
 * Hjælp as Gladsaxe's settings file (municipality-gladsaxe.yml) has it, next to the pages it describes: every
 * button and tab it names is where it says, under the name the page gives it (issue 19).
 */
class GladsaxeHelpTest {

    private static final MunicipalitySettings GLADSAXE = load();

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes().autoDiscoverViews("dk.kantinekort.ui.citizen.help"), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void tilfoejKontoIsAButtonOnMineKontiNotUnderFlereWhichOnlyNarrowScreensHave() {
        show(true);

        String topic = topic("tilfoej-konto");
        assertThat(topic).contains("på siden \"Mine Konti\" klikke på knappen \"" + t("accounts.add") + "\"")
                .doesNotContain("Flere");
    }

    @Test
    void withPayoutInThePortalHjaelpTellsHowToAskOnTheUdbetalingTabWithThePhoneAsTheAlternative() {
        show(true);

        assertThat(_find(Details.class, spec -> spec.withId("faq-udbetaling"))).hasSize(1);
        assertThat(topic("udbetaling")).contains(
                "Klik på fanen \"" + t("payment.tab.payout") + "\".",
                "Klik \"" + t("payment.payout.request") + "\".",
                "kortholderens NemKonto",
                "Du kan også få restbeløbet udbetalt ved at kontakte Gladsaxe Kommune, Økonomisk sekretariat, på tlf. 7199 5445");
    }

    @Test
    void withoutPayoutInThePortalHjaelpGivesThePhoneRouteAloneAndStillSaysNemKonto() {
        show(false);

        assertThat(_find(Details.class, spec -> spec.withId("faq-udbetaling"))).hasSize(1);
        assertThat(topic("udbetaling"))
                .contains("kontaktes Gladsaxe Kommune, Økonomisk sekretariat", "7199 5445", "kortholderens NemKonto")
                .doesNotContain(t("payment.payout.request"), "fanen \"" + t("payment.tab.payout") + "\"");
    }

    @Test
    void ordrestatusExplainsBetalingFejletAsTheOrdersPageWordsIt() {
        show(true);

        String failed = t("webshop.status.PAYMENT_FAILED");
        String label = failed.substring(0, failed.indexOf(':') + 1);
        assertThat(label).isEqualTo("Betaling fejlet:");
        assertThat(topic("ordrestatus")).contains(label + " Betyder at betalingen af ordren blev afvist",
                "Sådan gør du hvis din webshopordre ikke bliver betalt");
    }

    @Test
    void midlertidigtKortIsExplainedWhileTheMunicipalityOffersItAndSpaerKortSaysTheMoneyStaysUsable() {
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allOn()));

        assertThat(topic("midlertidigt-kort")).contains("\"" + t("profile.cards.temporary") + "\"",
                "\"" + t("profile.temporary.dialog.revoke") + "\"");
        assertThat(topic("spaer-kort")).contains("spærrer kortet, ikke kontoen", "Sådan bruger du et midlertidigt kort");
    }

    @Test
    void withoutTemporaryCardsHjaelpHasNoSuchTopic() {
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allBut(
                        dk.kantinekort.api.scheme.SchemePart.TEMPORARY_CARD)));

        assertThat(_find(Details.class, spec -> spec.withId("faq-midlertidigt-kort"))).isEmpty();
        assertThat(_find(Details.class, spec -> spec.withId("faq-spaer-kort"))).hasSize(1);
        assertThat(topic("spaer-kort")).contains("spærrer kortet, ikke kontoen").doesNotContain("midlertidigt");
    }

    @Test
    void overfoerIsInHjaelpOnlyWhileTheMunicipalityOffersTransfers() {
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allOn()));
        assertThat(topic("overfoer")).contains("Klik \"" + t("transfer.open") + "\" øverst under \"Mine Konti\"",
                "\"" + t("transfer.field.from") + "\"", "\"" + t("transfer.field.to") + "\"");

        UI.getCurrent().removeAll();
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allBut(
                        dk.kantinekort.api.scheme.SchemePart.TRANSFERS)));
        assertThat(_find(Details.class, spec -> spec.withId("faq-overfoer"))).isEmpty();
    }

    @Test
    void indsigelseIsInHjaelpOnlyWhileTheMunicipalityTakesDisputes() {
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allOn()));
        assertThat(topic("indsigelse")).contains("Klik \"" + t("dispute.open") + "\" under linjen",
                "\"" + t("dispute.send") + "\"", "\"" + t("dispute.state.OPEN") + "\"",
                "\"" + t("statement.type.DISPUTE_REFUND") + "\"");

        UI.getCurrent().removeAll();
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), true, dk.kantinekort.api.scheme.SchemeParts.allBut(
                        dk.kantinekort.api.scheme.SchemePart.DISPUTES)));
        assertThat(_find(Details.class, spec -> spec.withId("faq-indsigelse"))).isEmpty();
    }

    private static void show(boolean payoutEnabled) {
        UI.getCurrent().add(new HelpView(GLADSAXE, SupportContactInForce.fromFile(GLADSAXE),
                new Branding("GladsaxeKortet"), payoutEnabled));
    }

    private static String topic(String id) {
        return _get(Details.class, spec -> spec.withId("faq-" + id)).getElement().getTextRecursively();
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    /** The settings file bound as the portal binds it, placeholders resolved. */
    private static MunicipalitySettings load() {
        try {
            MutablePropertySources sources = new MutablePropertySources();
            new YamlPropertySourceLoader().load("gladsaxe", new ClassPathResource("municipality-gladsaxe.yml"))
                    .forEach(sources::addLast);
            return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                    .bind("canteen.municipality", MunicipalitySettings.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
