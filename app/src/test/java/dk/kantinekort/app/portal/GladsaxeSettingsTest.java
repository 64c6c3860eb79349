package dk.kantinekort.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.ui.shell.municipality.MunicipalitySettings;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.FaqEntry;
import dk.kantinekort.ui.shell.municipality.MunicipalitySettings.Section;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The demo municipality as the portal context sees it: portal.yml imports Gladsaxe's settings, and the help
 * page covers every topic of Gladsaxe's quick guide (SPEC.md, "Hjælp covers every topic ...").
 */
class GladsaxeSettingsTest {

    private static ConfigurableApplicationContext context;
    private static MunicipalitySettings settings;

    @BeforeAll
    static void loadThePortalsConfiguration() {
        context = new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE)
                .properties("spring.config.name=portal", "spring.main.banner-mode=off").run();
        settings = context.getBean(MunicipalitySettings.class);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void theSupportContactIsGladsaxes() {
        assertThat(settings.fullAddress()).isEqualTo("Gladsaxe Kommune, Rådhus Alle 7, 2860 Søborg");
        assertThat(settings.support().phone()).isEqualTo("7199 5445");
        assertThat(settings.support().email()).isEqualTo("cpossupport@mss.dk");
        assertThat(settings.support().hours()).isEqualTo("mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00");
        assertThat(settings.support().remoteSupportUrl()).startsWith("https://");
        assertThat(context.getEnvironment().getProperty("canteen.branding.name")).isEqualTo("GladsaxeKortet");
    }

    @Test
    void everyTopicOfTheGuidesTableOfContentsHasAnEntry() {
        assertThat(titles()).contains(
                "Sådan logger du ind",
                "Mine Konti",
                "Sådan indbetaler du penge på et kantinekort",
                "Sådan opretter du automatisk optankning på et kantinekort",
                "Sådan udbetaler du penge fra et kantinekort",
                "Sådan ser du hvad der er forbrugt på kantinekortet",
                "Sådan tilføjer du flere konti",
                "Sådan lægger du et billede på et kantinekort",
                "Sådan indstiller du hvor kantinekortet må benyttes",
                "Sådan retter du brugeroplysninger",
                "Sådan retter du kortoplysninger i automatisk optankning",
                "Sådan gør du hvis automatisk optankning er holdt op med at virke",
                "Sådan spærrer du et kort hvis det er bortkommet",
                "Sådan gør du hvis kortet ikke virker",
                "Sådan bestiller du et nyt kantinekort",
                "Sådan bruger du abonnementer",
                "Sådan annullerer du et abonnement",
                "Sådan gør du hvis dit abonnement ikke bliver betalt",
                "Sådan bruger du webshoppen",
                "Sådan annullerer du en webshop-ordre",
                "Ordrestatus forklaringer",
                "Sådan gør du hvis din webshopordre ikke bliver betalt",
                "Sådan gør du hvis du forsøger at indbetale men får beskeden \"Identisk transaktion\"",
                "Sådan gør du hvis du har indbetalt men pengene ikke er gået ind",
                "Sådan gør du hvis en af dine konti står som \"Afventer godkendelse\"",
                "Om knappen \"Fjernsupport\"");
    }

    @Test
    void automaticTopUpNamesItsFourFailureCauses() {
        assertThat(entry("optankning-virker-ikke").steps()).hasSize(4).satisfiesExactly(
                cause -> assertThat(cause).contains("gammelt kortnummer"),
                cause -> assertThat(cause).contains("ikke er dækning"),
                cause -> assertThat(cause).contains("betalingskort er spærret"),
                cause -> assertThat(cause).contains("kantinekontoen er spærret", "Et bortkommet kort, som du selv har spærret, stopper ikke optankningen"));
    }

    @Test
    void theGuidesAdviceIsQuotedWhereCitizensNeedItMost() {
        assertThat(text(entry("kortet-virker-ikke")))
                .contains("hul i kortet, kortet er bukket, meget ridset eller kortet har ligget nær noget magnetisk");
        assertThat(text(entry("identisk-transaktion")))
                .contains("Vent 10 min. med at overføre.", "prøv da med 299 eller 301");
        assertThat(text(entry("indbetalt-ikke-gaaet-ind")))
                .contains("Kontroller at betalingen er gået igennem og beløbet er hævet i din bank.",
                        "navn, fødselsdato og kortnummer", "cpossupport@mss.dk");
        assertThat(text(entry("afventer-godkendelse"))).contains("Godkend tilknytninger");
        for (boolean payoutEnabled : new boolean[] {true, false}) {
            assertThat(text(entry("udbetaling", payoutEnabled))).contains("Økonomisk sekretariat", "7199 5445",
                    "mandag til torsdag kl. 08:00-16:00, fredag 08:00-15:00", "NemKonto");
        }
        assertThat(text(entry("fjernsupport"))).contains("TeamViewer", "tekniker");
        assertThat(entry("ordrestatus").points()).extracting(point -> point.substring(0, point.indexOf(':')))
                .containsExactly("Afventer betalingsoplysninger", "Afventer betaling", "Betalt", "Betaling fejlet",
                        "Annulleret");
        assertThat(text(entry("nyt-kort"))).contains("Saldo skal være min. 25,-");
    }

    @Test
    void everyEntryCanBeLinkedToAndNoPlaceholderIsLeftUnresolved() {
        List<FaqEntry> faq = settings.help().faq();
        assertThat(faq).allSatisfy(entry -> assertThat(entry.id()).matches("[a-z0-9-]+"));
        for (boolean payoutEnabled : new boolean[] {true, false}) {
            assertThat(faq).filteredOn(entry -> entry.shownWith(payoutEnabled)).extracting(FaqEntry::id)
                    .as("one topic per id as Hjælp shows it").doesNotHaveDuplicates();
        }
        String everything = Stream.concat(faq.stream().map(GladsaxeSettingsTest::text),
                Stream.of(settings.help().intro(), settings.terms().intro(), settings.accessibility().intro())
                        .flatMap(List::stream)).collect(Collectors.joining("\n"))
                + sections(settings.terms().sections()) + sections(settings.accessibility().sections());
        assertThat(everything).doesNotContain("${").contains("GladsaxeKortet");
    }

    @Test
    void theTermsAndTheAccessibilityStatementAreFilledIn() {
        assertThat(settings.terms().sections()).extracting(Section::heading)
                .contains("Betaling og gebyrer", "Personoplysninger");
        assertThat(settings.accessibility().sections()).extracting(Section::heading).containsExactly(
                "Overholdelsesstatus", "Indhold der ikke er tilgængeligt", "Udarbejdelse af erklæringen",
                "Feedback og kontaktoplysninger", "Håndhævelsesprocedure");
        assertThat(settings.accessibility().sections().get(4).links()).singleElement()
                .satisfies(link -> assertThat(link.url()).startsWith("https://digst.dk/"));
        assertThat(sections(settings.accessibility().sections())).contains("7199 5445", "cpossupport@mss.dk");
        assertThat(settings.accessibility().updated()).matches("\\d{2}-\\d{2}-\\d{4}");
    }

    private static List<String> titles() {
        return settings.help().faq().stream().map(FaqEntry::title).toList();
    }

    private static FaqEntry entry(String id) {
        return entry(id, true);
    }

    private static FaqEntry entry(String id, boolean payoutEnabled) {
        return settings.help().faq().stream().filter(e -> e.id().equals(id) && e.shownWith(payoutEnabled))
                .findFirst().orElseThrow();
    }

    private static String text(FaqEntry entry) {
        return Stream.of(List.of(entry.title()), entry.paragraphs(), entry.steps(), entry.points(), entry.notes())
                .flatMap(List::stream).collect(Collectors.joining("\n"));
    }

    private static String sections(List<Section> sections) {
        return sections.stream().flatMap(s -> Stream.of(List.of(s.heading()), s.paragraphs(), s.points(),
                s.links().stream().map(l -> l.text() + " " + l.url()).toList()).flatMap(List::stream))
                .collect(Collectors.joining("\n"));
    }

    /** Just the settings binding, none of the portal's auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MunicipalitySettings.class)
    static class SettingsOnly {
    }
}
