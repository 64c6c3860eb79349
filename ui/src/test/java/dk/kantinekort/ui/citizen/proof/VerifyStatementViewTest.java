package dk.kantinekort.ui.citizen.proof;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.api.proof.StatementVerification.Outcome;
import dk.kantinekort.api.proof.VerifyStatement;
import dk.kantinekort.api.scheme.SchemeParts;
import dk.kantinekort.ui.shell.Branding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bekræft kontoudskrift without a browser: the answer for a code, for an uploaded PDF, and for anything else. */
class VerifyStatementViewTest {

    private static final String CODE = "7QK2-M9XD-F4TR";
    private static final String HASH = "3f".repeat(32);

    private final QueryGateway queryGateway = mock(QueryGateway.class);
    private VerifyStatementView view;

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.forLanguageTag("da-DK"));
        answer(null, Outcome.MATCHES);
        answer(HASH, Outcome.MATCHES);
        answer("00".repeat(32), Outcome.STATEMENT_ALTERED);
        view = new VerifyStatementView(new StatementChecks(queryGateway, SchemeParts.allOn()),
                new Branding("GladsaxeKortet"));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aCodeThatMatchesTheLedgerIsSaidToMatchWithTheEntrysFacts() {
        _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), CODE);
        _click(_get(Button.class, spec -> spec.withId("verify-check")));

        assertThat(text("verify-outcome-matches")).isEqualTo("Kontoudskriften stemmer med regnskabet.");
        assertThat(text("verify-fact-entry")).isEqualTo("Konto …123456, post nr. 7 fra 01-03-2026 12:00.");
        assertThat(text("verify-fact-balance")).isEqualTo("Saldo efter posten: 126,00 kr.");
    }

    @Test
    void anEmptyCodeIsAskedForNextToTheField() {
        _click(_get(Button.class, spec -> spec.withId("verify-check")));

        TextField code = _get(TextField.class, spec -> spec.withId("verify-code"));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("Skriv kontrolkoden fra kontoudskriften.");
    }

    @Test
    void anUploadedStatementIsCheckedWithTheHashPrintedOnIt() {
        view.checkPdf(pdfWithKeywords("kantinekort-proof " + CODE + " 7 " + HASH));
        assertThat(text("verify-outcome-matches")).isEqualTo("Kontoudskriften stemmer med regnskabet.");

        view.checkPdf(pdfWithKeywords("kantinekort-proof " + CODE + " 7 " + "00".repeat(32)));
        assertThat(text("verify-outcome-statement-altered")).startsWith("Kontoudskriften er ændret");
    }

    @Test
    void aFileThatIsNoStatementIsSaidToBeNone() {
        view.checkPdf("just text".getBytes(StandardCharsets.UTF_8));
        assertThat(text("verify-outcome-no-proof")).contains("ikke en kontoudskrift med kontrolkode");

        view.checkPdf(pdfWithKeywords("something else"));
        assertThat(text("verify-outcome-no-proof")).contains("ikke en kontoudskrift med kontrolkode");
    }

    private void answer(String hash, Outcome outcome) {
        StatementVerification verification = new StatementVerification(outcome, CODE, "account-123456", 7L,
                Instant.parse("2026-03-01T11:00:00Z"), Money.ofOre(12_600), HASH, null, null);
        doReturn(CompletableFuture.completedFuture(verification)).when(queryGateway).query(
                argThat(q -> q instanceof VerifyStatement v && java.util.Objects.equals(v.statedHash(), hash)),
                any(org.axonframework.messaging.responsetypes.ResponseType.class));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static byte[] pdfWithKeywords(String keywords) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addKeywords(keywords);
        document.open();
        document.add(new Paragraph("Kontoudtog"));
        document.close();
        return out.toByteArray();
    }
}
