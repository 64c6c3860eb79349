package dk.kantinekort.ui.citizen.proof;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.ui.citizen.layout.MainLayout;
import dk.kantinekort.ui.shell.Branding;
import dk.kantinekort.ui.shell.Routes;
import java.util.Optional;

/**
 * Bekræft kontoudskrift (issue 17): anyone holding a statement, logged in or not, types its verification code or
 * uploads the PDF, and is told whether it matches the ledger, with the facts of the statement's last entry to
 * compare. Not there when the municipality has switched statement proofs off.
 */
@Route(value = Routes.VERIFY_STATEMENT, layout = MainLayout.class)
@AnonymousAllowed
public class VerifyStatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_PDF_BYTES = 5 * 1024 * 1024;

    private final StatementChecks checks;
    private final Branding branding;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyStatementView(StatementChecks checks, Branding branding) {
        this.checks = checks;
        this.branding = branding;
        setMaxWidth("48rem");
        Paragraph intro = new Paragraph(getTranslation("verify.intro"));

        code.setId("verify-code");
        code.setLabel(getTranslation("verify.code"));
        code.setHelperText(getTranslation("verify.code.helper"));
        code.setMaxLength(40);
        code.setWidth("16rem");
        Button check = new Button(getTranslation("verify.check"), click -> checkCode());
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FlexLayout form = new FlexLayout(code, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");

        Upload upload = new Upload(new PdfUpload());
        upload.setId("verify-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_PDF_BYTES);
        upload.setI18n(texts());

        result.setId("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("verify.title")), intro, form, upload, result);
    }

    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("verify.upload.button"))
                .setMany(getTranslation("verify.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("verify.upload"))
                .setMany(getTranslation("verify.upload")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("verify.upload.too-large"))
                .setIncorrectFileType(getTranslation("verify.pdf.no-proof"))
                .setTooManyFiles(getTranslation("verify.upload.too-many")));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!checks.on()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void checkCode() {
        result.removeAll();
        String typed = code.getValue() == null ? "" : code.getValue().strip();
        if (typed.isEmpty()) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("verify.code.required"));
            return;
        }
        code.setInvalid(false);
        show(checks.verify(typed, null));
    }

    void checkPdf(byte[] pdf) {
        result.removeAll();
        Optional<StatementChecks.PrintedProof> printed = StatementChecks.read(pdf);
        if (printed.isEmpty()) {
            result.add(outcome("verify-outcome-no-proof", getTranslation("verify.pdf.no-proof"), false));
            return;
        }
        code.setValue(printed.get().code());
        show(checks.verify(printed.get().code(), printed.get().hash()));
    }

    private void show(Optional<StatementVerification> verification) {
        if (verification.isEmpty()) {
            result.add(outcome("verify-outcome-unavailable", getTranslation("verify.unavailable"), false));
            return;
        }
        StatementVerification answer = verification.get();
        String outcome = answer.outcome().name();
        result.add(outcome("verify-outcome-" + outcome.toLowerCase().replace('_', '-'),
                getTranslation("verify.outcome." + outcome), answer.matches()));
        if (answer.accountId() != null) {
            VerificationFacts.of(answer, (key, params) -> getTranslation(key, params)).forEach(result::add);
        }
    }

    /**
     * Reads at most one byte more than allowed (a browser's size check is easy to skip on a public page), then checks
     * under the UI's lock.
     */
    private final class PdfUpload implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_PDF_BYTES + 1);
            }
            UI ui = event.getUI();
            if (bytes.length > MAX_PDF_BYTES) {
                ui.access(() -> {
                    result.removeAll();
                    result.add(outcome("verify-outcome-too-large", getTranslation("verify.upload.too-large"), false));
                });
                return;
            }
            ui.access(() -> checkPdf(bytes));
        }
    }

    private static Paragraph outcome(String id, String text, boolean good) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        paragraph.addClassName("verify-outcome");
        paragraph.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid " + (good ? "var(--lumo-success-color)" : "var(--lumo-error-color)"))
                .set("background", good ? "var(--lumo-success-color-10pct)" : "var(--lumo-error-color-10pct)");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " – " + branding.name();
    }

}
