package dk.kantinekort.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"christian@example.dk", " anna.jensen+kvittering@gladsaxe.dk ", "cpossupport@mss.dk"})
    void anAddressWithALocalPartAnAtAndADottedDomainIsAccepted(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "christian", "christian@", "@example.dk", "christian@example", "chr istian@example.dk",
            "a@b@example.dk"})
    void anythingElseIsRefused(String address) {
        assertThat(EmailAddress.isValid(address)).isFalse();
    }

    @Test
    void rfc5321LimitsTheLocalPartTo64AndTheAddressTo254Characters() {
        assertThat(EmailAddress.isValid("a".repeat(64) + "@example.dk")).isTrue();
        assertThat(EmailAddress.isValid("a".repeat(65) + "@example.dk")).isFalse();
        assertThat(EmailAddress.isValid("a@" + "b".repeat(250) + ".dk")).isFalse();
        assertThat(EmailAddress.isValid(null)).isFalse();
    }
}
