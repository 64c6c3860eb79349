package dk.kantinekort.query.proof;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * One link of an account's hash chain: SHA-256 over the previous link and the stored event, each field written with
 * its length, so no two different events (or orders of fields) give the same input. The first event of an account
 * links to {@link #GENESIS}, 32 zero bytes.
 */
final class ChainLink {

    static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private ChainLink() {
    }

    static byte[] next(byte[] previous, StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + event.payload().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(previous);
            text(out, event.aggregateId());
            out.writeLong(event.sequenceNumber());
            text(out, event.eventId());
            out.writeLong(event.epochMillis());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            out.writeInt(event.payload().length);
            out.write(event.payload());
            out.writeInt(event.metadata().size());
            for (Map.Entry<String, String> entry : event.metadata().entrySet()) {
                text(out, entry.getKey());
                text(out, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
