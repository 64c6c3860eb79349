package dk.kantinekort.ui.staff;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import dk.kantinekort.api.settlement.ListSettlementReports;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back office's file uploads (Afregning, Skoleår) speak Danish from the message bundles, not Vaadin's English. */
class UploadsSpeakDanishTest extends BackofficeUiTest {

    @Test
    void afregningsUploadSpeaksDanish() {
        queries.answer(ListSettlementReports.class, q -> List.of());

        open("backoffice/afregning");

        UploadI18N texts = _get(Upload.class, spec -> spec.withId("settlement-upload")).getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("Vælg afregningsfil...");
        assertThat(texts.getDropFiles().getOne()).isEqualTo("Eller slip afregningsrapporten her");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("Filen er for stor (højst 5 MB).");
        assertThat(texts.getUploading().getStatus().getProcessing()).isEqualTo("Behandler filen...");
        assertThat(texts.getFile().getRemove()).isEqualTo("Fjern");
    }

    @Test
    void skoleaarsUploadSpeaksDanish() {
        open("backoffice/skoleaar");

        UploadI18N texts = _get(Upload.class, spec -> spec.withId("school-year-upload")).getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("Vælg fil...");
        assertThat(texts.getError().getIncorrectFileType()).isEqualTo("Vælg en CSV-fil.");
        assertThat(texts.getUploading().getError().getServerUnavailable()).startsWith("Filen kunne ikke sendes");
        assertThat(texts.getUnits().getSize()).startsWith("B", "kB", "MB");
    }
}
