package dk.kantinekort.ui.staff.payout;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.textfield.TextArea;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.ApprovePayout;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.payment.RejectPayout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayoutsViewTest extends BackofficeUiTest {

    private static final PayoutView ANNAS = new PayoutView("payout-1", ANNA_CARD.accountId(),
            PayoutView.State.REQUESTED, Money.ofOre(15_000), null, "1234 ******7890", null,
            Instant.parse("2026-03-31T08:15:00Z"), null);

    @BeforeEach
    void annaHasAskedForHerBalance() {
        queries.answer(ListPayoutRequests.class, q -> q.state() == PayoutView.State.REQUESTED ? List.of(ANNAS) : List.of());
        queries.answer(FindAccountSummary.class, q -> q.accountId().equals(ANNA_CARD.accountId()) ? ANNA_CARD : null);
        commands.answer(ApprovePayout.class, c -> Money.ofOre(15_000));
        commands.answer(RejectPayout.class, c -> null);
    }

    @Test
    void aWaitingRequestShowsTheHolderTheAmountTheMaskedBankAccountAndTheDate() {
        open("backoffice/udbetalinger");

        assertThat(rowText("payout-payout-1")).contains("Anna Jensen", "2468013579", "150,00 kr.", "1234 ******7890",
                "31-03-2026 10:15");
    }

    @Test
    void anApprovalIsSentInTheStaffMembersNameThroughTheAdminChannelAndLeavesTheList() {
        open("backoffice/udbetalinger");

        _click(_get(Button.class, spec -> spec.withId("payout-approve-payout-1")));

        assertThat(commands.sent()).containsExactly(new ApprovePayout(ANNA_CARD.accountId(), "payout-1"));
        Map<String, ?> metaData = commands.metaData().get(0);
        assertThat(metaData.get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(metaData.get(Metadata.CHANNEL)).isEqualTo("ADMIN_API");
        assertThat(metaData.get(Metadata.CORRELATION_ID)).isNotNull();
        assertThat(paragraph("payouts-message")).isEqualTo("Udbetalingen er godkendt.");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("payout-payout-1"))).isEmpty();
        assertThat(paragraph("payouts-empty")).isEqualTo("Der er ingen udbetalinger, der venter.");
    }

    @Test
    void aRejectionNeedsAReasonTheCitizenWillSee() {
        open("backoffice/udbetalinger");
        _click(_get(Button.class, spec -> spec.withId("payout-reject-payout-1")));

        _click(_get(Button.class, spec -> spec.withId("payout-reject-confirm")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("payout-reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Skriv en begrundelse");
        assertThat(commands.sent()).isEmpty();

        _setValue(reason, "  Kontoen tilhører ikke kortholderen ");
        _click(_get(Button.class, spec -> spec.withId("payout-reject-confirm")));

        assertThat(commands.sent()).containsExactly(new RejectPayout(ANNA_CARD.accountId(), "payout-1",
                "Kontoen tilhører ikke kortholderen"));
        assertThat(paragraph("payouts-message")).isEqualTo("Udbetalingen er afvist.");
    }

    @Test
    void aRequestDecidedElsewhereMeanwhileIsSaidSo() {
        commands.answer(ApprovePayout.class, c -> {
            throw new dk.kantinekort.api.error.RejectedException(
                    dk.kantinekort.api.error.RejectionCode.NO_PAYOUT_REQUESTED, "decided");
        });
        open("backoffice/udbetalinger");

        _click(_get(Button.class, spec -> spec.withId("payout-approve-payout-1")));

        assertThat(paragraph("payouts-message"))
                .isEqualTo("Udbetalingen venter ikke længere: den er allerede behandlet.");
    }
}
