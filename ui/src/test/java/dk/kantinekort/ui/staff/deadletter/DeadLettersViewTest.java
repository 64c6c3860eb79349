package dk.kantinekort.ui.staff.deadletter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.deadletter.DeadLetterView;
import dk.kantinekort.api.deadletter.ListDeadLetters;
import dk.kantinekort.api.deadletter.RetryDeadLetters;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.ui.testing.BackofficeUiTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLettersViewTest extends BackofficeUiTest {

    private static final DeadLetterView FAILED = new DeadLetterView("account-summaries", "account-a", "MoneyDeposited",
            4, "java.lang.IllegalStateException: cannot project", Instant.parse("2026-12-06T10:15:30Z"),
            Instant.parse("2026-12-06T10:15:30Z"));
    private static final DeadLetterView BEHIND = new DeadLetterView("account-summaries", "account-a", "PurchaseMade", 5,
            null, Instant.parse("2026-12-06T10:16:00Z"), Instant.parse("2026-12-06T10:16:00Z"));

    @BeforeEach
    void oneAccountIsParked() {
        queries.answer(ListDeadLetters.class, q -> List.of(FAILED, BEHIND));
        commands.answer(RetryDeadLetters.class, c -> null);
    }

    @Test
    void eachParkedEventShowsItsProcessorAccountEventErrorAndTime_andWhatWaitsBehindIt() {
        open("backoffice/fejlede-haendelser");

        assertThat(rowText("deadletter-0")).contains("account-summaries", "account-a", "MoneyDeposited #4",
                "IllegalStateException: cannot project", "06-12-2026 11:15");
        assertThat(rowText("deadletter-1")).contains("PurchaseMade #5", "Venter på hændelsen før");
        assertThat(_find(Button.class, spec -> spec.withId("deadletter-retry-1"))).as("retried with its account")
                .isEmpty();
    }

    @Test
    void tryAgainRetriesTheAccountsSequenceInTheStaffMembersName() {
        open("backoffice/fejlede-haendelser");

        _click(_get(Button.class, spec -> spec.withId("deadletter-retry-0")));

        assertThat(commands.sent()).containsExactly(new RetryDeadLetters("account-summaries", "account-a",
                "admin:admin"));
        assertThat(commands.metaData().get(0).get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(paragraph("deadletters-message")).startsWith("Kontoens hændelser behandles igen.");
    }

    @Test
    void withNothingParkedThePageSaysSo() {
        queries.answer(ListDeadLetters.class, q -> List.of());

        open("backoffice/fejlede-haendelser");

        assertThat(_get(Paragraph.class, spec -> spec.withId("deadletters-empty")).getText())
                .isEqualTo("Ingen hændelser venter: alle læsemodeller er ajour.");
    }
}
