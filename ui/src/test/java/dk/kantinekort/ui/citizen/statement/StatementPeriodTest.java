package dk.kantinekort.ui.citizen.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kantinekort.api.statement.FindStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class StatementPeriodTest {

    @Test
    void theDefaultIsTheLastThirtyDaysTodayIncluded() {
        StatementPeriod period = StatementPeriod.lastDaysUpTo(LocalDate.of(2026, 3, 30));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(ChronoUnit.DAYS.between(period.start(), period.end()) + 1).isEqualTo(30);
    }

    @Test
    void theQueryCoversWholeDanishDaysWithTheEndDateIncluded() {
        FindStatement query = new StatementPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)).query("a-1");

        assertThat(query.accountId()).isEqualTo("a-1");
        assertThat(query.from()).isEqualTo(Instant.parse("2026-01-04T23:00:00Z")); // midnight in Copenhagen (CET)
        assertThat(query.to()).isEqualTo(Instant.parse("2026-01-05T23:00:00Z"));
    }

    @Test
    void aPeriodAcrossTheSwitchToSummerTimeEndsAtDanishMidnight() {
        FindStatement query = StatementFixtures.MARCH.query("a-1"); // 1–30 March 2026, summer time from 29 March

        assertThat(query.from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-03-30T22:00:00Z"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new StatementPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearIsTheLongestPeriod() {
        assertThat(StatementPeriod.tooLong(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isFalse(); // 366 days
        assertThat(StatementPeriod.tooLong(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(StatementPeriod.tooLong(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2))).isTrue();
    }
}
