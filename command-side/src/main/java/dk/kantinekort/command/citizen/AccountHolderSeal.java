package dk.kantinekort.command.citizen;

import dk.kantinekort.api.citizen.SealedData;
import org.springframework.stereotype.Component;

/**
 * Seals personal data that belongs to a card account (saved-card token, masked card number, expiry, staff's words)
 * with the key of the account's holder: the person whose account it is, so forgetting the holder forgets it too,
 * whoever made the payment agreement.
 */
@Component
public class AccountHolderSeal {

    private final PersonalDataVault vault;
    private final CitizenDirectory citizens;

    AccountHolderSeal(PersonalDataVault vault, CitizenDirectory citizens) {
        this.vault = vault;
        this.citizens = citizens;
    }

    /** The text sealed with the holder's key; null for no text, or when the holder was forgotten. */
    public SealedData seal(String accountId, String plaintext) {
        if (plaintext == null || plaintext.isBlank()) {
            return null;
        }
        return vault.sealIfKnown(citizens.ownerOf(accountId).orElse(null), plaintext);
    }

    /** The plain text, or null when nothing was sealed or the key is gone. */
    public String open(SealedData sealed) {
        return vault.open(sealed);
    }
}
