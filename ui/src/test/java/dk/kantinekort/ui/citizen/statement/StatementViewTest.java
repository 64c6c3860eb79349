package dk.kantinekort.ui.citizen.statement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.account;
import static dk.kantinekort.ui.citizen.statement.StatementFixtures.christiansCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.ui.citizen.session.SessionFixtures;
import dk.kantinekort.ui.shell.Branding;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementViewTest {

    private static final String CHRISTIAN = "citizen-christian";
    /** 30 March 2026, noon in Copenhagen. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-30T10:00:00Z"), StatementPeriod.ZONE);
    private static final AccountSummary RELATION =
            account("account-relation", "citizen-relation", "Test Harms Relation", "Konto", 1000);

    private final QueryGateway queryGateway = mock(QueryGateway.class);

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
        accessibleAccounts(christiansCard(), RELATION);
        answerStatements();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theLastThirtyDaysOfTheChosenAccountAreShownAtOnce() {
        open(Optional.empty());

        assertThat(_get(DatePicker.class, spec -> spec.withId("statement-start")).getValue())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(_get(DatePicker.class, spec -> spec.withId("statement-end")).getValue())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        verify(queryGateway).query(eq(StatementFixtures.MARCH.query("account-christian")), any(ResponseType.class));
        assertThat(text("statement-report-heading")).isEqualTo("Kontoudtog");
        assertThat(text("statement-account")).isEqualTo("Konto: Betalingskort – Christian Harms");
        assertThat(text("statement-period")).isEqualTo("Periode: 01-03-2026 til 30-03-2026");
    }

    @Test
    void theFieldsAreLabelledAsInTheGuide() {
        open(Optional.empty());

        assertThat(_get(ComboBox.class, spec -> spec.withId("statement-account-field")).getLabel()).isEqualTo("Konti");
        DatePicker start = _get(DatePicker.class, spec -> spec.withId("statement-start"));
        assertThat(start.getLabel()).isEqualTo("Startdato");
        assertThat(start.getHelperText()).isEqualTo("dd-mm-åååå");
        assertThat(start.getI18n().getDateFormats()).first().isEqualTo("dd-MM-yyyy");
        assertThat(_get(DatePicker.class, spec -> spec.withId("statement-end")).getLabel()).isEqualTo("Slutdato");
        assertThat(_get(Button.class, spec -> spec.withId("statement-show")).getText()).isEqualTo("Vis rapport");
    }

    @Test
    void anEndDateBeforeTheStartDateIsToldNextToTheFieldAndNothingIsAsked() {
        open(Optional.empty());
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("statement-end"));

        _setValue(end, LocalDate.of(2026, 2, 27));
        _click(_get(Button.class, spec -> spec.withId("statement-show")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Slutdatoen må ikke ligge før startdatoen.");
        assertThat(_find(Section.class, spec -> spec.withId("statement-report"))).isEmpty();
        verify(queryGateway, times(1)).query(any(FindStatement.class), any(ResponseType.class)); // only on opening
    }

    @Test
    void movingTheStartDateAfterTheEndDateMarksTheEndDate() {
        open(Optional.empty());
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("statement-end"));

        _setValue(_get(DatePicker.class, spec -> spec.withId("statement-start")), LocalDate.of(2026, 4, 2));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Slutdatoen må ikke ligge før startdatoen.");
    }

    @Test
    void aPeriodOfMoreThanAYearIsToldNextToTheEndDate() {
        open(Optional.empty());
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("statement-end"));

        _setValue(_get(DatePicker.class, spec -> spec.withId("statement-start")), LocalDate.of(2024, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("statement-show")));

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Perioden kan højst være et år. Vælg en kortere periode.");
        verify(queryGateway, times(1)).query(any(FindStatement.class), any(ResponseType.class));
    }

    @Test
    void theChosenPeriodIsAskedForAsWholeDanishDays() {
        open(Optional.empty());

        _setValue(_get(DatePicker.class, spec -> spec.withId("statement-start")), LocalDate.of(2026, 1, 5));
        _setValue(_get(DatePicker.class, spec -> spec.withId("statement-end")), LocalDate.of(2026, 1, 5));
        _click(_get(Button.class, spec -> spec.withId("statement-show")));

        verify(queryGateway).query(eq(new FindStatement("account-christian", Instant.parse("2026-01-04T23:00:00Z"),
                Instant.parse("2026-01-05T23:00:00Z"))), any(ResponseType.class));
        assertThat(text("statement-period")).isEqualTo("Periode: 05-01-2026 til 05-01-2026");
    }

    @Test
    void rowsShowTheirPurchaseLinesBeneathAndDeclinesWithReasonAndAdvice() {
        open(Optional.empty());

        List<String> rows = rows("statement-rows");
        assertThat(rows).containsExactly(
                "02-03-2026 08:15 | Indbetaling | 100,00 kr. | 165,00 kr.",
                " | Betalingskort",
                "03-03-2026 11:42 | Hævet | -14,00 kr. | 151,00 kr.",
                " | Kantinen Søborg Skole",
                " | 1x Ostehaps 3,00",
                " | 1x Yoghurt 6,00",
                " | 1x Stor Grønballe 5,00",
                "06-03-2026 09:00 | Gebyr | -25,00 kr. | 126,00 kr.",
                " | Nyt kort");
        assertThat(text("statement-opening")).isEqualTo("Saldo ved periodens start: 65,00 kr.");
        assertThat(text("statement-closing")).isEqualTo("Saldo ved periodens slutning: 126,00 kr.");
        assertThat(rows("statement-declined-rows")).containsExactly(
                "04-03-2026 12:01 | Svømmehallen | Kortet må ikke benyttes på denne enhed",
                "05-03-2026 12:02 | Kantinen Søborg Skole | Kortet er spærret",
                "05-03-2026 12:03 | Kantinen Søborg Skole | Kortet er spærret");
        assertThat(text("statement-advice")).contains("Kortet er spærret: Kontroller at kortet ikke er spærret");
    }

    @Test
    void theReportCanBeDownloadedAsPdfAndCsv() {
        open(Optional.empty());

        Anchor pdf = _get(Anchor.class, spec -> spec.withId("statement-download-pdf"));
        Anchor csv = _get(Anchor.class, spec -> spec.withId("statement-download-csv"));
        assertThat(pdf.getText()).isEqualTo("Hent som PDF");
        assertThat(csv.getText()).isEqualTo("Hent som CSV (regneark)");
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(csv.getHref()).isNotBlank().isNotEqualTo(pdf.getHref());
    }

    @Test
    void theDownloadsAreTheReportOnScreen() throws Exception {
        open(Optional.empty());

        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("statement-download-pdf")));
        byte[] csv = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("statement-download-csv")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Konto: Betalingskort – Christian Harms", "1x Ostehaps 3,00");
        }
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\uFEFFDato;Type;Beløb;Saldo;Beskrivelse").contains("Hævet;-14,00;151,00");
    }

    @Test
    void aLinkedPersonsAccountFromAktiviteterIsShown() {
        open(Optional.of("account-relation"));

        assertThat(_get(ComboBox.class, spec -> spec.withId("statement-account-field")).getValue()).isEqualTo(RELATION);
        assertThat(text("statement-account")).isEqualTo("Konto: Konto – Test Harms Relation");
        assertThat(_find(Paragraph.class, spec -> spec.withId("statement-notice"))).isEmpty(); // hidden
    }

    @Test
    void anAccountTheCitizenMayNotActOnIsIgnoredWithANoticeThatRevealsNothing() {
        open(Optional.of("account-of-a-stranger"));

        Paragraph notice = _get(Paragraph.class, spec -> spec.withId("statement-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText())
                .isEqualTo("Den valgte konto kan ikke vises. Vælg en af de konti, du har adgang til.");
        assertThat(_get(ComboBox.class, spec -> spec.withId("statement-account-field")).getValue())
                .isEqualTo(christiansCard());
        verify(queryGateway, never()).query(
                argThat(query -> query instanceof FindStatement find && find.accountId().equals("account-of-a-stranger")),
                any(ResponseType.class));
        assertThat(text("statement-account")).isEqualTo("Konto: Betalingskort – Christian Harms");
    }

    @Test
    void anAccountNoLongerAccessibleWhenTheButtonIsPressedIsNotShown() {
        open(Optional.of("account-relation"));
        accessibleAccounts(christiansCard()); // the link was withdrawn meanwhile

        _click(_get(Button.class, spec -> spec.withId("statement-show")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-notice")).getText())
                .startsWith("Den valgte konto kan ikke vises.");
        assertThat(_find(Section.class, spec -> spec.withId("statement-report"))).isEmpty();
        verify(queryGateway, times(1)).query(
                argThat(query -> query instanceof FindStatement find && find.accountId().equals("account-relation")),
                any(ResponseType.class));
    }

    @Test
    void withoutAccountsThereIsNothingToChoose() {
        accessibleAccounts();

        open(Optional.empty());

        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-notice")).getText())
                .startsWith("Der er ingen konti at vise endnu.");
        assertThat(_find(Button.class, spec -> spec.withId("statement-show"))).isEmpty(); // hidden with the form
    }

    @Test
    void aQuerySideThatDoesNotAnswerGivesANoticeNotAnError() {
        doReturn(CompletableFuture.failedFuture(new IllegalStateException("no handler"))).when(queryGateway)
                .query(any(FindStatement.class), any(ResponseType.class));

        open(Optional.empty());

        assertThat(_get(Paragraph.class, spec -> spec.withId("statement-notice")).getText())
                .isEqualTo("Kontoudskriften kan ikke vises lige nu. Prøv igen om lidt.");
        assertThat(_find(Section.class, spec -> spec.withId("statement-report"))).isEmpty();
    }

    @Test
    void thePageTitleNamesTheScheme() {
        assertThat(open(Optional.empty()).getPageTitle()).isEqualTo("Kontoudskrift – GladsaxeKortet");
    }

    private StatementView open(Optional<String> konto) {
        StatementView view = new StatementView(
                SessionFixtures.accountSelection(queryGateway, SessionFixtures.loggedIn(CHRISTIAN)),
                new StatementQueries(queryGateway), new Branding("GladsaxeKortet"), CLOCK);
        UI.getCurrent().add(view);
        view.open(konto);
        return view;
    }

    private void accessibleAccounts(AccountSummary... accounts) {
        doReturn(CompletableFuture.completedFuture(List.of(accounts))).when(queryGateway)
                .query(eq(new FindAccessibleAccounts(CHRISTIAN)), any(ResponseType.class));
    }

    /** Any statement query is answered with the March statement of the account it names. */
    private void answerStatements() {
        doAnswer(call -> CompletableFuture.completedFuture(
                        StatementFixtures.marchStatement(((FindStatement) call.getArgument(0)).accountId())))
                .when(queryGateway).query(any(FindStatement.class), any(ResponseType.class));
    }

    private static String text(String id) {
        Component component = _get(Component.class, spec -> spec.withId(id));
        return component.getElement().getTextRecursively();
    }

    /** Each row's cells joined with " | "; rows beneath a purchase start with an empty first cell. */
    private static List<String> rows(String tableId) {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId(tableId));
        return table.getBody().getRows().stream().map(StatementViewTest::cells).collect(Collectors.toList());
    }

    private static String cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively())
                .collect(Collectors.joining(" | "));
    }
}
