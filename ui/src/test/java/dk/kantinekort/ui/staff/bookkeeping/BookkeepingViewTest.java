package dk.kantinekort.ui.staff.bookkeeping;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.bookkeeping.BookkeepingLine;
import dk.kantinekort.api.bookkeeping.BookkeepingReport;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Figure;
import dk.kantinekort.api.bookkeeping.BookkeepingReport.Period;
import dk.kantinekort.api.bookkeeping.FindBookkeepingReport;
import dk.kantinekort.api.bookkeeping.ReportGranularity;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Økonomi as staff see it: the month's reconciliation in words, late events, and Luk måned only while open. */
class BookkeepingViewTest extends BackofficeUiTest {

    private void answer(boolean closed, long byBalances, int late) {
        queries.answer(FindBookkeepingReport.class, q -> report(q, closed, byBalances, late));
    }

    private static BookkeepingReport report(FindBookkeepingReport q, boolean closed, long byBalances, int late) {
        List<Period> periods = new ArrayList<>();
        List<Figure> total = List.of(new Figure(BookkeepingLine.SALES, 4_500, "3010", 0),
                new Figure(BookkeepingLine.DEPOSITS_CASH, 10_000, "2713", 0));
        if (q.granularity() == ReportGranularity.MONTH) {
            periods.add(new Period(q.from(), q.to(), closed, 1_000, 10_000, 4_500, 6_500, byBalances,
                    byBalances - 6_500, byBalances == 6_500, late, total, List.of()));
        } else {
            for (LocalDate d = q.from(); !d.isAfter(q.to()); d = d.plusDays(1)) {
                periods.add(new Period(d, d, closed, 1_000, 0, 0, 1_000, 1_000, 0, true, 0, total, List.of()));
            }
        }
        return new BookkeepingReport(q.from(), q.to(), q.granularity(), periods, List.of());
    }

    @Test
    void aMonthThatAddsUpSaysOkWithItsFigures() {
        answer(false, 6_500, 0);

        open("backoffice/oekonomi");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-reconciliation")).getText())
                .isEqualTo("Afstemning: OK. Forpligtelse primo 10,00 kr. + penge ind 100,00 kr. − penge ud 45,00 kr. "
                        + "= forpligtelse ultimo 65,00 kr., lig med summen af saldi 65,00 kr.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-status")).getText())
                .isEqualTo("Måneden er åben.");
        assertThat(_find(Button.class, spec -> spec.withId("bookkeeping-close"))).hasSize(1);
    }

    @Test
    void aMonthThatDoesNotAddUpShowsTheDifference() {
        answer(false, 6_700, 0);

        open("backoffice/oekonomi");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-reconciliation")).getText())
                .startsWith("Afstemning: difference 2,00 kr.");
    }

    @Test
    void aClosedMonthSaysSoAndCannotBeClosedAgain() {
        answer(true, 6_500, 2);

        open("backoffice/oekonomi");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-status")).getText())
                .isEqualTo("Måneden er lukket. Tallene ændres ikke længere.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-late")).getText())
                .isEqualTo("Bogført for sent i denne periode: 2 hændelser fra en lukket måned.");
        assertThat(_find(Button.class, spec -> spec.withId("bookkeeping-close"))).isEmpty();
    }

    @Test
    void whenTheReadSideIsAwayThePageSaysSo() {
        queries.fail(FindBookkeepingReport.class);

        open("backoffice/oekonomi");

        assertThat(_get(Paragraph.class, spec -> spec.withId("bookkeeping-message")).isVisible()).isTrue();
    }
}
