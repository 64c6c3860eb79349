package dk.kantinekort.api.citizen;

/**
 * Personal data encrypted (AES-GCM) with the data key of one citizen, so that erasing that key forgets the
 * person while the ledger stays auditable. {@code keyId} names the citizen key, {@code iv} and
 * {@code ciphertext} are Base64.
 */
public record SealedData(String keyId, String iv, String ciphertext) {

    @Override
    public String toString() {
        return "SealedData[keyId=" + keyId + "]";
    }
}
