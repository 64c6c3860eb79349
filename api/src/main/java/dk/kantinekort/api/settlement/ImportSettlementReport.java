package dk.kantinekort.api.settlement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Staff import the payment provider's settlement report (Afregning): the CSV as downloaded, the period it covers
 * ({@code from}/{@code to}, both inclusive; null: the days of its lines). The report's id is the SHA-256 of its text,
 * so the same file is imported once. Answered with the number of lines.
 */
public record ImportSettlementReport(@TargetAggregateIdentifier String reportId, String fileName, String csv,
                                     LocalDate from, LocalDate to) {

    /** Largest report accepted, in characters. */
    public static final int MAX_CHARS = 5_000_000;

    public static ImportSettlementReport of(String fileName, String csv, LocalDate from, LocalDate to) {
        return new ImportSettlementReport(idOf(csv == null ? "" : csv), fileName, csv, from, to);
    }

    /** The id of a report's text: "settlement-" + SHA-256 (hex) of its text with unified line ends. */
    public static String idOf(String csv) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(csv.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
            return "settlement-" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
