package dk.kantinekort.ui.testing;

import dk.kantinekort.ui.staff.card.CardOrdersView;
import dk.kantinekort.ui.staff.catalogue.CatalogueView;
import dk.kantinekort.ui.staff.layout.BackofficeStartView;
import dk.kantinekort.ui.staff.payout.PayoutsView;
import dk.kantinekort.ui.staff.place.PlacesView;
import dk.kantinekort.ui.staff.deadletter.DeadLettersView;
import dk.kantinekort.ui.staff.reconciliation.ReconciliationView;
import dk.kantinekort.ui.staff.settings.SettingsView;
import dk.kantinekort.ui.staff.support.SupportView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.ui.staff.audit.AuditView;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.shell.ReadModelNotice;
import dk.kantinekort.ui.testing.FakeCommandGateway;
import dk.kantinekort.ui.testing.FakeQueryGateway;
import dk.kantinekort.ui.testing.FakeStaff;
import dk.kantinekort.ui.testing.TestData;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import dk.kantinekort.api.lookup.RecordStaffLookup;
import dk.kantinekort.ui.staff.lookup.LookupsView;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** Back-office views in a mock Vaadin session (Karibu), logged in as the staff member "admin" (role ADMIN). */
@SpringJUnitConfig(BackofficeTestContext.class)
public abstract class BackofficeUiTest {

    protected static final AccountSummary RELATION_CARD = TestData.RELATION_CARD;
    protected static final AccountSummary ANNA_CARD = TestData.account("account-anna", TestData.ANNA, "Anna Jensen", "010190-",
            "Betalingskort", 15_000, AccountStatus.ACTIVE, "2468013579");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected FakeQueryGateway queries;
    @Autowired
    protected FakeCommandGateway commands;
    @Autowired
    protected FakeStaff staff;
    @Autowired
    protected ReadModelNotice readModels;

    private boolean started;

    @BeforeEach
    void asAdmin() {
        queries.reset();
        commands.reset();
        // every look-up of people is recorded before it is shown (issue 15); the ledger takes it unless a test says not
        commands.answer(RecordStaffLookup.class, c -> null);
        staff.logIn("admin", Role.ADMIN);
        readModels.forget();
    }

    protected void open(String location) {
        if (!started) {
            Set<Class<? extends Component>> views = Set.of(BackofficeStartView.class, PayoutsView.class,
                    CardOrdersView.class, ReconciliationView.class, SupportView.class, AuditView.class,
                    PlacesView.class, SettingsView.class, CatalogueView.class, DeadLettersView.class,
                    LookupsView.class, dk.kantinekort.ui.staff.bookkeeping.BookkeepingView.class,
                    dk.kantinekort.ui.staff.settlement.SettlementView.class,
                    dk.kantinekort.ui.staff.schoolyear.SchoolYearView.class);
            MockVaadin.setup(BackofficeUiTest::danishUi,
                    new MockSpringServlet(new Routes(views, Set.of(), true), context, BackofficeUiTest::danishUi));
            started = true;
        }
        UI.getCurrent().navigate(location);
    }

    protected static String rowText(String id) {
        return _get(NativeTableRow.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    protected static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static UI danishUi() {
        UI ui = new UI();
        ui.setLocale(Locale.forLanguageTag("da-DK"));
        return ui;
    }

    @AfterEach
    void stopVaadin() {
        if (started) {
            MockVaadin.tearDown();
            started = false;
        }
    }
}
