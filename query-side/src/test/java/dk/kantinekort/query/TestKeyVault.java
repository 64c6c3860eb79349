package dk.kantinekort.query;

import dk.kantinekort.api.citizen.RevealPersonalData;
import dk.kantinekort.api.citizen.SealedData;
import org.axonframework.queryhandling.QueryHandler;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the command side's RevealPersonalData: "sealed" is Base64 here, and keys can be erased. */
public class TestKeyVault {

    private final Set<String> erasedKeys = ConcurrentHashMap.newKeySet();

    public static SealedData seal(String citizenId, String plainText) {
        return new SealedData("key-" + citizenId, "iv",
                Base64.getEncoder().encodeToString(plainText.getBytes(StandardCharsets.UTF_8)));
    }

    public void erase(String citizenId) {
        erasedKeys.add("key-" + citizenId);
    }

    @QueryHandler
    String reveal(RevealPersonalData query) {
        if (erasedKeys.contains(query.sealed().keyId())) {
            return null;
        }
        return new String(Base64.getDecoder().decode(query.sealed().ciphertext()), StandardCharsets.UTF_8);
    }
}
