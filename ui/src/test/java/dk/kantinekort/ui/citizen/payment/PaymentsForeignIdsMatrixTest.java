package dk.kantinekort.ui.citizen.payment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.testing.TestData;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, the portal's authorization matrix with ids in the address, through the real page in a mock Vaadin
 * session: "Indbetaling" ({@link Routes#PAYMENTS}) asked for an account by {@code ?konto=}. Christian is logged in;
 * the account in the address is his own (owner), his relation's (linked citizen: he may act on it) or Anna's
 * (unrelated: he may not). Each cell's answer is written in {@link #EXPECTED}.
 * The route-level cells (anonymous, staff) are {@code ui.security.PortalAuthorizationMatrixTest}.
 */
class PaymentsForeignIdsMatrixTest extends PaymentUiTest {

    enum Answer {
        /** The page shows the account asked for. */
        SHOWN,
        /** "Den konto, linket pegede på, kan ikke vises": the visitor's own account is shown instead. */
        NOT_SHOWN,
        /** Not logged in: sent to the login page before any account is read. */
        LOGIN_REDIRECT
    }

    enum Visitor { ANONYMOUS, OWNER, LINKED, UNRELATED }

    record Cell(String location, Visitor visitor, Answer answer, AccountSummary expectedAccount) {
    }

    private static final List<Cell> EXPECTED = List.of(
            new Cell(Routes.PAYMENTS + "?konto=" + TestData.CHRISTIAN_CARD.accountId(), Visitor.ANONYMOUS,
                    Answer.LOGIN_REDIRECT, null),
            new Cell(Routes.PAYMENTS + "?konto=" + TestData.CHRISTIAN_CARD.accountId(), Visitor.OWNER,
                    Answer.SHOWN, TestData.CHRISTIAN_CARD),
            new Cell(Routes.PAYMENTS + "?konto=" + TestData.RELATION_CARD.accountId(), Visitor.LINKED,
                    Answer.SHOWN, TestData.RELATION_CARD),
            new Cell(Routes.PAYMENTS + "?konto=" + ANNA_CARD.accountId(), Visitor.UNRELATED,
                    Answer.NOT_SHOWN, TestData.CHRISTIAN_CARD),
            new Cell(Routes.PAYMENTS + "?konto=" + ANNA_CARD.accountId() + "&fane=udbetaling", Visitor.UNRELATED,
                    Answer.NOT_SHOWN, TestData.CHRISTIAN_CARD),
            new Cell(Routes.PAYMENTS + "?konto=" + ANNA_CARD.accountId() + "&konto="
                    + TestData.CHRISTIAN_CARD.accountId(), Visitor.UNRELATED, Answer.NOT_SHOWN,
                    TestData.CHRISTIAN_CARD));

    static List<Cell> cells() {
        return EXPECTED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void anAccountIdInTheAddressOpensOnlyForItsOwnerAndLinkedCitizens(Cell cell) {
        citizen.logOut();
        if (cell.visitor() != Visitor.ANONYMOUS) {
            citizen.logIn(TestData.CHRISTIAN);
        }

        open(cell.location());

        Answer actual = answer();
        String shown = actual == Answer.LOGIN_REDIRECT ? null : accountShown();
        assertThat(actual).as(cell.location() + " as " + cell.visitor()).isEqualTo(cell.answer());
        assertThat(shown).as("the account shown").isEqualTo(
                cell.expectedAccount() == null ? null : cell.expectedAccount().accountId());
    }

    private static Answer answer() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (path.equals(Routes.LOGIN)) {
            return Answer.LOGIN_REDIRECT;
        }
        assertThat(path).isEqualTo(Routes.PAYMENTS);
        return _find(Paragraph.class, spec -> spec.withId("payment-konto-ignored")).isEmpty()
                ? Answer.SHOWN : Answer.NOT_SHOWN;
    }

    @SuppressWarnings("unchecked")
    private static String accountShown() {
        ComboBox<AccountSummary> field = _get(ComboBox.class, spec -> spec.withId("payment-account"));
        return field.getValue() == null ? null : field.getValue().accountId();
    }
}
