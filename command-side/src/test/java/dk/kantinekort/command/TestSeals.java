package dk.kantinekort.command;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.nullable;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.command.citizen.AccountHolderSeal;
import dk.kantinekort.command.citizen.PersonalDataVault;
import org.mockito.Mockito;

/**
 * Sealing for aggregate tests: "sealed" text is kept readable in the ciphertext field under the key of
 * {@value #HOLDER}, so expected events can be written as {@code sealed("lost")}.
 */
public final class TestSeals {

    public static final String HOLDER = "citizen-1";

    private TestSeals() {
    }

    public static SealedData sealed(String text) {
        return text == null ? null : new SealedData(HOLDER, "iv", text);
    }

    /** A vault that seals every text as {@link #sealed(String)} and opens it again. */
    public static PersonalDataVault vault() {
        PersonalDataVault vault = Mockito.mock(PersonalDataVault.class);
        Mockito.when(vault.seal(nullable(String.class), nullable(String.class)))
                .thenAnswer(i -> sealed(i.getArgument(1)));
        Mockito.when(vault.sealIfKnown(nullable(String.class), nullable(String.class)))
                .thenAnswer(i -> sealed(i.getArgument(1)));
        Mockito.when(vault.open(any())).thenAnswer(i -> {
            SealedData s = i.getArgument(0);
            return s == null ? null : s.ciphertext();
        });
        return vault;
    }

    /** The account holder's seal, sealing as {@link #sealed(String)}. */
    public static AccountHolderSeal holderSeal() {
        AccountHolderSeal seal = Mockito.mock(AccountHolderSeal.class);
        Mockito.when(seal.seal(anyString(), nullable(String.class))).thenAnswer(i -> sealed(i.getArgument(1)));
        Mockito.when(seal.open(any())).thenAnswer(i -> {
            SealedData s = i.getArgument(0);
            return s == null ? null : s.ciphertext();
        });
        return seal;
    }
}
