package dk.kantinekort.ui.citizen.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRequestInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"2701821234", "270182-1234", " 2701821234 "})
    void tenDigitsWithAValidDateAreACprNumber(String raw) {
        assertThat(LinkRequestInput.cprProblem(raw)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "'',            relation.add.cpr.required",
            "'   ',         relation.add.cpr.required",
            "270182123,     relation.add.cpr.format",
            "27018212345,   relation.add.cpr.format",
            "2701 821234,   relation.add.cpr.format",
            "abcdefghij,    relation.add.cpr.format",
            "3201821234,    relation.add.cpr.date",
            "2713821234,    relation.add.cpr.date"})
    void aCprProblemIsNamed(String raw, String key) {
        assertThat(LinkRequestInput.cprProblem(raw)).hasValue(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void theCardNumberMayBeLeftOut(String raw) {
        assertThat(LinkRequestInput.cardProblem(raw)).isEmpty();
        assertThat(LinkRequestInput.card(raw)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "04579a22352680,     04579A22352680",
            "'0457 9A22 352680', 04579A22352680",
            "1562265116,         1562265116"})
    void aCardNumberIsUpperCasedWithoutSpaces(String raw, String expected) {
        assertThat(LinkRequestInput.cardProblem(raw)).isEmpty();
        assertThat(LinkRequestInput.card(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12-345678", "ÆØÅ12345", "123456789012345678901"})
    void somethingThatCannotBeACardNumberIsNamed(String raw) {
        assertThat(LinkRequestInput.cardProblem(raw)).hasValue("relation.add.card.format");
    }
}
