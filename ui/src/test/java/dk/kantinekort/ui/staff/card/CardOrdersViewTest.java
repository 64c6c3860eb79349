package dk.kantinekort.ui.staff.card;

import dk.kantinekort.ui.testing.BackofficeUiTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTableRow;
import dk.kantinekort.api.account.FindAccountSummary;
import dk.kantinekort.api.account.ListPendingCardReplacements;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.ProduceReplacementCard;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.meta.Metadata;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardOrdersViewTest extends BackofficeUiTest {

    private static final PendingCardReplacement ORDER = new PendingCardReplacement(RELATION_CARD.accountId(),
            "order-1", "04579A22352680", "77770000123456", Instant.parse("2026-03-30T11:00:00Z"),
            "Søborg Hovedgade 1, 2860 Søborg");

    @BeforeEach
    void theRelationsCardIsOrdered() {
        queries.answer(ListPendingCardReplacements.class, q -> List.of(ORDER));
        queries.answer(FindAccountSummary.class, q -> RELATION_CARD);
        queries.answer(FindCitizenProfile.class, q -> new CitizenProfile(q.citizenId(), "090909-",
                new ContactDetails("Test Harms Relation", "r@example.dk", "Søborg Hovedgade 1", "2860", "Søborg",
                        null, null), false));
        commands.answer(ProduceReplacementCard.class, c -> null);
    }

    @Test
    void anOrderShowsTheHolderBothCardsMaskedAndTheAddressToSendTo() {
        open("backoffice/kort");

        assertThat(rowText("card-order-order-1")).contains("Test Harms Relation", "…2680", "…3456",
                "Søborg Hovedgade 1, 2860 Søborg", "30-03-2026 13:00")
                .doesNotContain("04579A22352680", "77770000123456");
    }

    @Test
    void producedAndSentIsRecordedInTheStaffMembersNameAndTheOrderLeavesTheQueue() {
        open("backoffice/kort");

        _click(_get(Button.class, spec -> spec.withId("card-produce-order-1")));

        assertThat(commands.sent()).containsExactly(new ProduceReplacementCard(RELATION_CARD.accountId(), "order-1"));
        assertThat(commands.metaData().get(0).get(Metadata.ACTOR)).isEqualTo("admin:admin");
        assertThat(paragraph("cards-message")).startsWith("Kortet er markeret som produceret og sendt.");
        assertThat(_find(NativeTableRow.class, spec -> spec.withId("card-order-order-1"))).isEmpty();
    }

    @Test
    void theCardGoesToTheAddressRecordedWhenItWasOrderedNotToTheAddressNow() {
        // a linked person changed the address after ordering: the queue still says where the order was meant to go
        queries.answer(FindCitizenProfile.class, q -> new CitizenProfile(q.citizenId(), "090909-",
                new ContactDetails("Test Harms Relation", "r@example.dk", "Angrebsvej 13", "2000", "Frederiksberg",
                        null, null), false));

        open("backoffice/kort");

        assertThat(rowText("card-order-order-1")).contains("Søborg Hovedgade 1, 2860 Søborg")
                .doesNotContain("Angrebsvej");
    }

    @Test
    void anOrderIsListedEvenWhenThePersonsAddressCannotBeRead() {
        queries.answer(ListPendingCardReplacements.class, q -> List.of(new PendingCardReplacement(
                RELATION_CARD.accountId(), "order-1", "04579A22352680", "77770000123456",
                Instant.parse("2026-03-30T11:00:00Z"), "")));

        open("backoffice/kort");

        assertThat(rowText("card-order-order-1")).contains("Test Harms Relation", "…3456");
    }
}
