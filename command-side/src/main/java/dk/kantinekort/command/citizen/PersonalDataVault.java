package dk.kantinekort.command.citizen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the event store in readable form (crypto-shredding): a CPR number becomes a
 * keyed hash for look-up, and every personal value is sealed with AES-GCM under a data key of its own
 * citizen. Data keys are stored wrapped with the master key; erasing a citizen's key forgets the person.
 */
@Component
public class PersonalDataVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final SecretKey masterKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keyCache = new ConcurrentHashMap<>();

    PersonalDataVault(JdbcTemplate jdbc,
                      @Value("${canteen.personal-data.master-key}") String masterKeyBase64,
                      @Value("${canteen.personal-data.hash-key}") String hashKeyBase64) {
        this.jdbc = jdbc;
        this.masterKey = new SecretKeySpec(decodeKey(masterKeyBase64, "canteen.personal-data.master-key"), "AES");
        this.hashKey = new SecretKeySpec(decodeKey(hashKeyBase64, "canteen.personal-data.hash-key"), "HmacSHA256");
    }

    /** The keyed hash under which a CPR number can be found without being stored. */
    public String cprHash(Cpr cpr) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Creates the data key of a new citizen, in the transaction that registers the citizen. */
    public void createKeyFor(String citizenId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey dataKey = generator.generateKey();
            jdbc.update("INSERT INTO citizen_keys (citizen_id, wrapped_key) VALUES (?, ?)", citizenId,
                    encrypt(masterKey, dataKey.getEncoded()));
            keyCache.put(citizenId, dataKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    public SealedData seal(String citizenId, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        SecretKey key = dataKey(citizenId);
        if (key == null) {
            throw new IllegalStateException("Citizen " + citizenId + " has no data key");
        }
        byte[] sealed = encrypt(key, plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder b64 = Base64.getEncoder();
        return new SealedData(citizenId, b64.encodeToString(Arrays.copyOf(sealed, IV_BYTES)),
                b64.encodeToString(Arrays.copyOfRange(sealed, IV_BYTES, sealed.length)));
    }

    /** Seals with the citizen's key, or answers null when the citizen has no key (forgotten): nothing is kept. */
    public SealedData sealIfKnown(String citizenId, String plaintext) {
        return citizenId == null || plaintext == null || dataKey(citizenId) == null ? null : seal(citizenId, plaintext);
    }

    /** The plain text of sealed data, or null when there is none or the citizen's key was erased. */
    public String open(SealedData sealed) {
        return handle(new RevealPersonalData(sealed));
    }

    /**
     * Erases the citizen's data key (right to erasure): everything ever sealed with it is unreadable from now on,
     * in every event and every copy. Called in the transaction of the citizen's CitizenForgotten event.
     */
    public void eraseKeyOf(String citizenId) {
        jdbc.update("DELETE FROM citizen_keys WHERE citizen_id = ?", citizenId);
        keyCache.remove(citizenId);
    }

    /** Seals a value as JSON, for personal data with several fields (contact details). */
    public SealedData sealJson(String citizenId, Object value) {
        try {
            return seal(citizenId, JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The plain text of sealed data, or null when the citizen's key was erased. */
    @QueryHandler
    public String handle(RevealPersonalData query) {
        SealedData sealed = query.sealed();
        if (sealed == null) {
            return null;
        }
        SecretKey key = dataKey(sealed.keyId());
        if (key == null) {
            return null;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] iv = b64.decode(sealed.iv());
        byte[] body = b64.decode(sealed.ciphertext());
        byte[] joined = ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
        return new String(decrypt(key, joined), StandardCharsets.UTF_8);
    }

    private SecretKey dataKey(String citizenId) {
        SecretKey cached = keyCache.get(citizenId);
        if (cached != null) {
            return cached;
        }
        List<byte[]> wrapped = jdbc.query("SELECT wrapped_key FROM citizen_keys WHERE citizen_id = ?",
                (rs, i) -> rs.getBytes(1), citizenId);
        if (wrapped.isEmpty()) {
            return null;
        }
        SecretKey key = new SecretKeySpec(decrypt(masterKey, wrapped.get(0)), "AES");
        keyCache.put(citizenId, key);
        return key;
    }

    private byte[] encrypt(SecretKey key, byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] body = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] ivAndBody) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndBody, 0, IV_BYTES));
            return cipher.doFinal(ivAndBody, IV_BYTES, ivAndBody.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed data could not be opened: wrong key or tampered data", e);
        }
    }

    private static byte[] decodeKey(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (256 bits) in Base64, e.g. `openssl rand -base64 32`");
        }
        return key;
    }
}
