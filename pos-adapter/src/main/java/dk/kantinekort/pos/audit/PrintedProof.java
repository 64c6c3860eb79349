package dk.kantinekort.pos.audit;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What a Kantinekort statement PDF says of itself: the verification code and chain hash the portal wrote into its
 * Keywords property ({@code kantinekort-proof <code> <position> <hash>}, decision record 22).
 */
record PrintedProof(String code, String hash) {

    static final String KEYWORD_PREFIX = "kantinekort-proof";

    /** Empty for anything that is not such a PDF. */
    static Optional<PrintedProof> read(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Optional.empty();
        }
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                Map<String, String> info = reader.getInfo();
                return parse(info == null ? null : info.get("Keywords"));
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<PrintedProof> parse(String keywords) {
        if (keywords == null) {
            return Optional.empty();
        }
        String[] parts = keywords.strip().split("\\s+");
        if (parts.length != 4 || !parts[0].equals(KEYWORD_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(new PrintedProof(parts[1], parts[3]));
    }
}
