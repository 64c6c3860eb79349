package dk.kantinekort.ui.citizen.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"2701821234", "270182-1234", " 270182-1234 ", "2902001234"})
    void tenDigitsWithAValidDateAndAnOptionalHyphenAreACprNumber(String typed) {
        assertThat(CprValidation.problem(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "''               | cpr.error.required",
            "'   '            | cpr.error.required",
            "270182123        | cpr.error.format",
            "27018212345      | cpr.error.format",
            "2701-821234      | cpr.error.format",
            "270182 1234      | cpr.error.format",
            "27O1821234       | cpr.error.format",
            "3102821234       | cpr.error.date",
            "0013821234       | cpr.error.date",
            "011382-1234      | cpr.error.date"})
    void eachProblemHasItsOwnMessage(String typed, String messageKey) {
        assertThat(CprValidation.problem(typed)).contains(messageKey);
    }

    @Test
    void nothingTypedIsRequiredToo() {
        assertThat(CprValidation.problem(null)).contains(CprValidation.REQUIRED);
    }
}
