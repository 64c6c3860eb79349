package dk.kantinekort.command.tempcard;

import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.tempcard.TemporaryCardCode;
import dk.kantinekort.command.card.CardDirectory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and checks temporary cards' codes (decision record 21): a fresh 8-digit id no card or temporary card has had,
 * and a 10-digit signature, HMAC-SHA256 of id and account with {@code canteen.temporary-card.secret}. The signature
 * is never stored: it is derived again when the portal shows the code and when a till presents it, so a code cannot
 * be made without the secret, nor moved to another account.
 */
@Component
public class TemporaryCardIssuer {

    private static final long TEN_DIGITS = 10_000_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final CardDirectory directory;
    private final SecretKeySpec key;
    private final Duration validFor;

    TemporaryCardIssuer(CardDirectory directory,
                        @Value("${canteen.temporary-card.secret:demo-temporary-card-secret}") String secret,
                        @Value("${canteen.temporary-card.valid-for:P3D}") Duration validFor) {
        this.directory = directory;
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("canteen.temporary-card.secret must be set");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalStateException("canteen.temporary-card.valid-for must be positive");
        }
        this.validFor = validFor;
    }

    /** How long a temporary card works from when it is issued. */
    public Duration validFor() {
        return validFor;
    }

    /** A temporary card id not taken by any card or temporary card. */
    public CardNumber nextId() {
        while (true) {
            CardNumber candidate = new CardNumber(TemporaryCardCode.PREFIX
                    + String.format("%08d", random.nextInt(100_000_000)));
            if (!directory.isTaken(candidate)) {
                return candidate;
            }
        }
    }

    /** The full code of a temporary card of this account: its id and its signature. */
    public String codeOf(CardNumber temporaryCardId, String accountId) {
        return temporaryCardId.value() + signature(temporaryCardId.value(), accountId);
    }

    /** Whether the code's signature is the one this scheme gives that id on that account. */
    public boolean verifies(CardNumber code, String accountId) {
        if (!TemporaryCardCode.isCode(code)) {
            return false;
        }
        String expected = signature(TemporaryCardCode.idOf(code).value(), accountId);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                TemporaryCardCode.signatureOf(code).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String id, String accountId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("temporary-card\n" + id + "\n" + accountId).getBytes(StandardCharsets.UTF_8));
            long value = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
            return String.format("%010d", value % TEN_DIGITS);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available", impossible);
        }
    }
}
