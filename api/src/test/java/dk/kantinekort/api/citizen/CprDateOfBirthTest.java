package dk.kantinekort.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CprDateOfBirthTest {

    @Test
    void theSeventhDigitZeroToThreeMeansTheNineteenHundreds() {
        assertThat(Cpr.parse("010112-3456").dateOfBirth()).contains(LocalDate.of(1912, 1, 1));
    }

    @Test
    void theSeventhDigitFourOrNineMeansTwoThousandsUpToThirtySix() {
        assertThat(Cpr.parse("010112-4456").dateOfBirth()).contains(LocalDate.of(2012, 1, 1));
        assertThat(Cpr.parse("010137-9456").dateOfBirth()).contains(LocalDate.of(1937, 1, 1));
    }

    @Test
    void theSeventhDigitFiveToEightMeansTwoThousandsUpToFiftySevenElseEighteenHundreds() {
        assertThat(Cpr.parse("010157-5456").dateOfBirth()).contains(LocalDate.of(2057, 1, 1));
        assertThat(Cpr.parse("010158-8456").dateOfBirth()).contains(LocalDate.of(1858, 1, 1));
    }

    @Test
    void aDateThatDoesNotExistInItsCenturyHasNoDateOfBirth() {
        Cpr cpr = Cpr.parse("290200-1234"); // 29 February 1900 never was
        assertThat(cpr.dateOfBirth()).isEmpty();
    }
}
