package dk.kantinekort.ui.staff.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.schoolyear.BalanceDestination;
import dk.kantinekort.api.schoolyear.CloseLeaverAccount;
import dk.kantinekort.api.schoolyear.Leaver;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/** Skoleår's page decisions, without a browser. */
class SchoolYearDeskTest {

    static final LocalDate ON = LocalDate.of(2027, 6, 30);

    final StaffCommands commands = Mockito.mock(StaffCommands.class);
    final SchoolYearDesk desk = new SchoolYearDesk(Mockito.mock(StaffQueries.class), commands,
            Mockito.mock(StaffLookups.class));

    static Leaver leaver(String accountId, long ore) {
        return new Leaver(accountId, "cit-" + accountId, "Elev", "skole", "Skolen", "9.a", Money.ofOre(ore), 1, false);
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWithTheReason() {
        SchoolYearDesk.ReadFile file = SchoolYearDesk.read("navn;klasse\nIda;3.a\n");
        assertThat(file.rows()).isEmpty();
        assertThat(file.problem()).contains("cpr");
    }

    @Test
    void aLeaverWithoutMoneyIsClosedWithoutAPayout_otherwiseTheChosenDestination() {
        desk.close("imp", List.of(leaver("a", 0), leaver("b", 2_500)), ON, BalanceDestination.SIBLING);
        ArgumentCaptor<CloseLeaverAccount> sent = ArgumentCaptor.forClass(CloseLeaverAccount.class);
        Mockito.verify(commands, Mockito.times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).extracting(CloseLeaverAccount::destination)
                .containsExactly(BalanceDestination.NONE, BalanceDestination.SIBLING);
        assertThat(sent.getAllValues()).extracting(CloseLeaverAccount::closureId)
                .as("one closure per import and account: pressing again changes nothing")
                .containsExactly("closure-imp-a", "closure-imp-b");
    }

    @Test
    void aRefusedClosureIsCountedWithItsReasonAndStopsNoOther() {
        Mockito.when(commands.send(any())).thenThrow(new RejectedException(RejectionCode.NO_SIBLING, "none"))
                .thenReturn(null);
        SchoolYearDesk.Closed closed = desk.close("imp", List.of(leaver("a", 100), leaver("b", 100)), ON,
                BalanceDestination.SIBLING);
        assertThat(closed.closed()).isEqualTo(1);
        assertThat(closed.refused()).isEqualTo(1);
        assertThat(closed.firstRefusal()).contains("NO_SIBLING");
    }
}
