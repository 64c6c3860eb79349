package dk.kantinekort.pos.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The audit API reads an uploaded statement's code and hash from the PDF's Keywords, as the portal writes them. */
class PrintedProofTest {

    static byte[] pdfWithKeywords(String keywords) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.addKeywords(keywords);
        document.open();
        document.add(new Paragraph("Kontoudtog"));
        document.close();
        return out.toByteArray();
    }

    @Test
    void aStatementPdfGivesItsCodeAndHash() {
        String hash = "3f".repeat(32);
        assertThat(PrintedProof.read(pdfWithKeywords("kantinekort-proof 7QK2-M9XD-F4TR 12 " + hash)))
                .contains(new PrintedProof("7QK2-M9XD-F4TR", hash));
    }

    @Test
    void anyOtherFileGivesNothing() {
        assertThat(PrintedProof.read(pdfWithKeywords("invoice 2026"))).isEmpty();
        assertThat(PrintedProof.read("no pdf at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(PrintedProof.read(new byte[0])).isEmpty();
    }
}
