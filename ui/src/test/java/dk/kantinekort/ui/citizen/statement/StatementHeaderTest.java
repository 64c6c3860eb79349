package dk.kantinekort.ui.citizen.statement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.ui.citizen.account.MyAccountsView;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** Kontoudskrift inside the portal's layout: the header's "Vælg konto" follows the account the page shows. */
@ContextConfiguration(classes = StatementHeaderTest.StatementTestContext.class)
class StatementHeaderTest extends PortalUiTest {

    @Autowired
    AccountSelection selection;

    @Override
    protected Set<Class<? extends Component>> routes() {
        return Set.of(MyAccountsView.class, StatementView.class);
    }

    @BeforeEach
    void christianIsLoggedIn() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
    }

    @Test
    void aLinkedPersonsAccountFromTheAddressIsWhatVaelgKontoShows() {
        open("");
        assertThat(switcher().getValue()).isEqualTo(CHRISTIAN_CARD);

        open("kontoudskrift?konto=" + RELATION_CARD.accountId());

        assertThat(accountField().getValue()).isEqualTo(RELATION_CARD);
        assertThat(switcher().getValue()).as("the header follows the account shown").isEqualTo(RELATION_CARD);
        assertThat(selection.selected()).hasValue(RELATION_CARD);
    }

    @Test
    void anAccountFromTheAddressTheCitizenMayNotActOnLeavesVaelgKontoAsItWas() {
        open("kontoudskrift?konto=account-of-a-stranger");

        assertThat(accountField().getValue()).isEqualTo(CHRISTIAN_CARD);
        assertThat(switcher().getValue()).isEqualTo(CHRISTIAN_CARD);
    }

    @SuppressWarnings("unchecked")
    private static Select<AccountSummary> switcher() {
        return _get(Select.class, spec -> spec.withId("account-switcher"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<AccountSummary> accountField() {
        return _get(ComboBox.class, spec -> spec.withId("statement-account-field"));
    }

    @Configuration
    @Import(StatementQueries.class)
    static class StatementTestContext {
    }
}
