package dk.kantinekort.ui.citizen.subscription;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.catalogue.CataloguePlace;
import dk.kantinekort.api.catalogue.ListCataloguePlaces;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.payment.ConfirmPayment;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.subscription.EnrolmentStatus;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.api.catalogue.ListPlansOfPlace;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.testing.PortalUiTest;
import dk.kantinekort.ui.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15, the portal's authorization matrix with other people's ids in the address, through the real subscription
 * pages in a mock Vaadin session: account ids ({@code ?konto=}) and enrolment ids ({@code ?tilmelding=}). Christian is
 * logged in; the account or enrolment in the address is his own (owner), his relation's (linked citizen: he may act
 * on it) or Anna's (unrelated: he may not). Each cell's answer is written in {@link #EXPECTED}; the route-level cells
 * (anonymous and staff on every route) are {@code ui.security.PortalAuthorizationMatrixTest}.
 */
@ContextConfiguration(classes = SubscriptionsViewTest.SubscriptionTestContext.class)
class SubscriptionsForeignIdsMatrixTest extends PortalUiTest {

    enum Answer {
        /** The page shows the account or enrolment asked for. */
        SHOWN,
        /** "kan ikke vises": a neutral notice, nothing of the other person's account or enrolment. */
        NOT_SHOWN,
        /** Not logged in: sent to the login page before anything is read. */
        LOGIN_REDIRECT,
        /** The provider's return for an enrolment that is not the account's: "Vi venter på svar", nothing of it. */
        WAITING
    }

    enum Visitor { ANONYMOUS, OWNER, LINKED, UNRELATED }

    record Cell(String location, Visitor visitor, Answer answer) {
        @Override
        public String toString() {
            return location + " as " + visitor + " -> " + answer;
        }
    }

    private static final String MINE = TestData.CHRISTIAN_CARD.accountId();
    private static final String LINKED = TestData.RELATION_CARD.accountId();
    private static final String ANNAS = "account-anna";
    private static final String RETURN = Routes.ENROLMENT_RETURN + "?paymentId=pay-9&tilmelding=";

    private static final List<Cell> EXPECTED = List.of(
            new Cell(Routes.SUBSCRIPTIONS + "?konto=" + MINE, Visitor.ANONYMOUS, Answer.LOGIN_REDIRECT),
            new Cell(Routes.SUBSCRIPTIONS + "?konto=" + MINE, Visitor.OWNER, Answer.SHOWN),
            new Cell(Routes.SUBSCRIPTIONS + "?konto=" + LINKED, Visitor.LINKED, Answer.SHOWN),
            new Cell(Routes.SUBSCRIPTIONS + "?konto=" + ANNAS, Visitor.UNRELATED, Answer.NOT_SHOWN),
            new Cell(RETURN + "e-christian&konto=" + MINE, Visitor.ANONYMOUS, Answer.LOGIN_REDIRECT),
            new Cell(RETURN + "e-anna&konto=" + ANNAS, Visitor.UNRELATED, Answer.NOT_SHOWN),
            new Cell(RETURN + "e-anna&konto=" + MINE, Visitor.UNRELATED, Answer.WAITING),
            new Cell(RETURN + "e-anna&konto=" + LINKED, Visitor.UNRELATED, Answer.WAITING));

    private final List<String> accountsAsked = new ArrayList<>();

    static List<Cell> cells() {
        return EXPECTED;
    }

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, SubscriptionsView.class, EnrolmentReturnView.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void anotherPersonsAccountOrEnrolmentInTheAddressIsNeverShown(Cell cell) {
        List<EnrolmentView> enrolments = List.of(
                SubscriptionsViewTest.enrolment("e-christian", MINE, SubscriptionsViewTest.FRUGT,
                        EnrolmentStatus.ACTIVE, null),
                SubscriptionsViewTest.enrolment("e-relation", LINKED, SubscriptionsViewTest.FRUGT,
                        EnrolmentStatus.ACTIVE, null),
                SubscriptionsViewTest.enrolment("e-anna", ANNAS, SubscriptionsViewTest.FRUGT,
                        EnrolmentStatus.AWAITING_PAYMENT_DETAILS, null));
        queries.answer(FindAccessibleAccounts.class, q -> List.of(TestData.CHRISTIAN_CARD, TestData.RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        queries.answer(ListPlansOfPlace.class, q -> List.of(SubscriptionsViewTest.FRUGT));
        queries.answer(ListCataloguePlaces.class, q -> List.of(new CataloguePlace("gladsaxe-skole", "Gladsaxe Skole")));
        queries.answer(ListEnrolmentsOfAccount.class, q -> {
            accountsAsked.add(q.accountId());
            return enrolments.stream().filter(e -> e.accountId().equals(q.accountId())).toList();
        });
        queries.answer(FindCitizenProfile.class, q -> new CitizenProfile(TestData.CHRISTIAN, "270182-",
                new ContactDetails("Christian Harms", "christian@example.dk", "Højvangen 4", "3480", "Fredensborg",
                        null, null), false));
        commands.answer(ConfirmPayment.class, c -> null);
        if (cell.visitor() != Visitor.ANONYMOUS) {
            citizen.logIn(TestData.CHRISTIAN);
        }

        open(cell.location());

        assertThat(answer()).as(cell.location() + " as " + cell.visitor()).isEqualTo(cell.answer());
        if (cell.location().startsWith(Routes.SUBSCRIPTIONS + "?") && cell.answer() != Answer.LOGIN_REDIRECT) {
            @SuppressWarnings("unchecked")
            ComboBox<AccountSummary> account = _get(ComboBox.class, spec -> spec.withId("subs-account"));
            assertThat(account.getValue().accountId()).as("the account shown").isEqualTo(
                    cell.answer() == Answer.SHOWN ? cell.location().substring(cell.location().indexOf('=') + 1) : MINE);
        }
        assertThat(accountsAsked).as("Anna's account is never asked about").doesNotContain(ANNAS);
        assertThat(commands.sent()).as("only the provider is asked about the payment")
                .allMatch(ConfirmPayment.class::isInstance);
    }

    private static Answer answer() {
        if (UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals(Routes.LOGIN)) {
            return Answer.LOGIN_REDIRECT;
        }
        List<String> ids = _find(Component.class).stream().map(c -> c.getId().orElse("")).toList();
        if (ids.stream().anyMatch(id -> id.endsWith("-return-waiting"))) {
            return Answer.WAITING;
        }
        return ids.stream().anyMatch(id -> id.endsWith("-konto-ignored") || id.endsWith("-not-available"))
                ? Answer.NOT_SHOWN : Answer.SHOWN;
    }
}
