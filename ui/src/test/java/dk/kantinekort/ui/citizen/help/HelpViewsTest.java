package dk.kantinekort.ui.citizen.help;

import dk.kantinekort.api.scheme.SupportContact;
import dk.kantinekort.ui.shell.municipality.SupportContactInForce;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Document;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.FaqEntry;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Help;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Link;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Section;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Support;
import dk.kantinekort.ui.shell.Branding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelpViewsTest {

    /** The help package's routes, so that the RouterLinks between the pages resolve. */
    private static final Routes ROUTES = new Routes().autoDiscoverViews("dk.kantinekort.ui.citizen.help");
    private static final Branding BRANDING = new Branding("GladsaxeKortet");

    private static final MunicipalitySettings SETTINGS = new MunicipalitySettings("Gladsaxe Kommune",
            "Rådhus Alle 7, 2860 Søborg",
            new Support("7199 5445", "cpossupport@mss.dk", "mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00",
                    "https://remote.example/", "Benyt kun \"Fjernsupport\", hvis en tekniker beder dig om det."),
            new Help(List.of("Her finder du svar."), List.of(
                    new FaqEntry("identisk-transaktion", "Identisk transaktion",
                            List.of("Fejlbeskeden \"Identisk Transaktion\" opstår hvis man 2 gange i træk indtaster det samme beløb."),
                            null, List.of("Vent 10 min. med at overføre.", "Eller overfør et andet beløb."), null, null),
                    new FaqEntry("nyt-kort", "Sådan bestiller du et nyt kantinekort", null,
                            List.of("Klik på \"Brugeroplysninger\".", "Klik på \"Bestil nyt kort\"."), null,
                            List.of("Bemærk: Saldo skal være min. 25,-"), null))),
            new Document(List.of("Disse betingelser gælder for GladsaxeKortet."),
                    List.of(new Section("Betaling og gebyrer", List.of("Alle transaktioner pålægges et gebyr."),
                            null, null)), "01-11-2026"),
            new Document(List.of("Gladsaxe Kommune forpligter sig til at gøre portalen tilgængelig."), List.of(
                    new Section("Indhold der ikke er tilgængeligt", null, List.of("PDF-filen er ikke tagget."), null),
                    new Section("Håndhævelsesprocedure",
                            List.of("Du kan rette henvendelse til Digitaliseringsstyrelsen."), null,
                            List.of(new Link("Klag til Digitaliseringsstyrelsen",
                                    "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/")))),
                    "01-11-2026"));

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(ROUTES, UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theHelpPagesAreOpenWithoutLogin() {
        assertThat(HelpView.class).hasAnnotation(AnonymousAllowed.class);
        assertThat(TermsView.class).hasAnnotation(AnonymousAllowed.class);
        assertThat(AccessibilityView.class).hasAnnotation(AnonymousAllowed.class);
    }

    @Test
    void everyQuestionIsAClosedDetailsWithTheMunicipalitysText() {
        UI.getCurrent().add(new HelpView(SETTINGS, BRANDING));

        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("Hjælp");
        Details identical = _get(Details.class, spec -> spec.withId("faq-identisk-transaktion"));
        assertThat(identical.getSummaryText()).isEqualTo("Identisk transaktion");
        assertThat(identical.isOpened()).isFalse();
        assertThat(identical.getElement().getTextRecursively())
                .contains("2 gange i træk", "Vent 10 min. med at overføre.");
        Details newCard = _get(Details.class, spec -> spec.withId("faq-nyt-kort"));
        assertThat(newCard.getElement().getTextRecursively())
                .contains("Klik på \"Bestil nyt kort\".", "Bemærk: Saldo skal være min. 25,-");
        assertThat(_find(Details.class)).hasSize(2);
    }

    @Test
    void aLinkedTopicOpens() {
        HelpView view = new HelpView(SETTINGS, BRANDING);
        UI.getCurrent().add(view);

        view.openTopic("identisk-transaktion");
        view.openTopic("no-such-topic");

        assertThat(_get(Details.class, spec -> spec.withId("faq-identisk-transaktion")).isOpened()).isTrue();
        assertThat(_get(Details.class, spec -> spec.withId("faq-nyt-kort")).isOpened()).isFalse();
    }

    @Test
    void supportCanBeReachedByPhoneAndMailWithinTheOpeningHours() {
        UI.getCurrent().add(new HelpView(SETTINGS, BRANDING));

        String support = _get(Component.class, spec -> spec.withId("help-support")).getElement().getTextRecursively();
        assertThat(support).contains("Kontakt support", "Telefon: 7199 5445", "E-mail: cpossupport@mss.dk",
                "Åbningstider: mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00",
                "Adresse: Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg");
        assertThat(_get(Anchor.class, spec -> spec.withText("7199 5445")).getHref()).isEqualTo("tel:71995445");
        assertThat(_get(Anchor.class, spec -> spec.withText("cpossupport@mss.dk")).getHref())
                .isEqualTo("mailto:cpossupport@mss.dk");
    }

    @Test
    void theSupportContactStaffChangedReplacesTheSettingsFilesAndTheRemoteSupportLinkStays() {
        SupportContactInForce changed = new SupportContactInForce(SETTINGS, () -> Optional.of(
                new SupportContact("4444 1234", "kort@gladsaxe.dk", "hverdage kl. 09:00-12:00")));

        UI.getCurrent().add(new HelpView(SETTINGS, changed, BRANDING));

        String support = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("help-support"))
                .getElement().getTextRecursively();
        assertThat(support).contains("4444 1234", "kort@gladsaxe.dk", "hverdage kl. 09:00-12:00")
                .doesNotContain("7199 5445", "cpossupport@mss.dk");
        assertThat(_get(Anchor.class, spec -> spec.withId("help-remote-support")).getHref())
                .isEqualTo("https://remote.example/");
    }

    @Test
    void remoteSupportOpensInANewWindowAndSaysSo() {
        UI.getCurrent().add(new HelpView(SETTINGS, BRANDING));

        Anchor remote = _get(Anchor.class, spec -> spec.withId("help-remote-support"));
        assertThat(remote.getText()).isEqualTo("Fjernsupport (åbner i et nyt vindue)");
        assertThat(remote.getHref()).isEqualTo("https://remote.example/");
        assertThat(remote.getTarget()).hasValue("_blank");
        assertThat(remote.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void theHelpLinksToTheTermsAndTheAccessibilityStatement() {
        UI.getCurrent().add(new HelpView(SETTINGS, BRANDING));

        assertThat(_find(RouterLink.class)).extracting(RouterLink::getText)
                .containsExactly("Handelsbetingelser og vilkår", "Tilgængelighedserklæring");
    }

    @Test
    void inEnglishTheLabelsAreEnglishAndThePageSaysTheTextsAreDanish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().add(new HelpView(SETTINGS, BRANDING));

        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("Help");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("The help texts, terms and accessibility statement are provided by the municipality in Danish.");
        assertThat(_get(Anchor.class, spec -> spec.withId("help-remote-support")).getText())
                .isEqualTo("Remote support (opens in a new window)");
    }

    @Test
    void theTermsShowTheMunicipalitysSections() {
        TermsView terms = new TermsView(SETTINGS, BRANDING);
        UI.getCurrent().add(terms);

        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("Handelsbetingelser og vilkår");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("Betaling og gebyrer");
        assertThat(terms.getElement().getTextRecursively())
                .contains("Disse betingelser gælder for GladsaxeKortet.", "Alle transaktioner pålægges et gebyr.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("document-updated")).getText())
                .isEqualTo("Senest opdateret: 01-11-2026");
        assertThat(terms.getPageTitle()).isEqualTo("Handelsbetingelser og vilkår – GladsaxeKortet");
    }

    @Test
    void theAccessibilityStatementNamesItsLimitsAndHowToComplain() {
        UI.getCurrent().add(new AccessibilityView(SETTINGS, BRANDING));

        assertThat(_get(H2.class, spec -> {}).getText()).isEqualTo("Tilgængelighedserklæring");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("PDF-filen er ikke tagget.");
        Anchor complaint = _get(Anchor.class, spec -> spec.withText("Klag til Digitaliseringsstyrelsen"));
        assertThat(complaint.getHref()).startsWith("https://digst.dk/");
    }

    @Test
    void aMunicipalityWithoutTextsGetsANoticeNotAnEmptyPage() {
        MunicipalitySettings empty = new MunicipalitySettings(null, null, null, null, null, null);

        UI.getCurrent().add(new AccessibilityView(empty, BRANDING));
        UI.getCurrent().add(new HelpView(empty, BRANDING));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(
                "Teksten er ikke sat op for denne kommune endnu. Kontakt supporten.",
                "Hjælpeteksterne er ikke sat op for denne kommune endnu. Kontakt supporten.");
        assertThat(_find(Anchor.class)).isEmpty();
    }
}
