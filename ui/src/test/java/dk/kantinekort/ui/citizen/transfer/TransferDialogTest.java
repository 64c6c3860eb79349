package dk.kantinekort.ui.citizen.transfer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN;
import static dk.kantinekort.ui.testing.TestData.CHRISTIAN_CARD;
import static dk.kantinekort.ui.testing.TestData.RELATION_CARD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.transfer.FindTransfer;
import dk.kantinekort.api.transfer.TransferMoney;
import dk.kantinekort.api.transfer.TransferState;
import dk.kantinekort.api.transfer.TransferView;
import dk.kantinekort.ui.testing.PortalUiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overfør from Mine Konti, without a browser: the button, the form's checks, the command and the outcome. */
class TransferDialogTest extends PortalUiTest {

    @SuppressWarnings("unchecked")
    private static Select<AccountSummary> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @Test
    void withTwoAccountsMineKontiTransfersAndSaysWhenTheMoneyHasArrived() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD, RELATION_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        open("");

        _click(_get(Button.class, spec -> spec.withId("transfer")));
        select("transfer-from").setValue(CHRISTIAN_CARD);
        select("transfer-to").setValue(CHRISTIAN_CARD);
        _get(TextField.class, spec -> spec.withId("transfer-amount")).setValue("12,50");
        _click(_get(Button.class, spec -> spec.withId("transfer-send")));
        assertThat(select("transfer-to").isInvalid()).isTrue();
        assertThat(commands.sent(TransferMoney.class)).as("nothing sent for the same account twice").isEmpty();

        select("transfer-to").setValue(RELATION_CARD);
        commands.answer(TransferMoney.class, c -> null);
        queries.answer(FindTransfer.class, q -> new TransferView(q.transferId(), CHRISTIAN_CARD.accountId(),
                RELATION_CARD.accountId(), Money.ofOre(1_250), TransferState.COMPLETED, null));
        _click(_get(Button.class, spec -> spec.withId("transfer-send")));

        TransferMoney sent = commands.sent(TransferMoney.class).get(0);
        assertThat(sent.fromAccountId()).isEqualTo(CHRISTIAN_CARD.accountId());
        assertThat(sent.toAccountId()).isEqualTo(RELATION_CARD.accountId());
        assertThat(sent.amount()).isEqualTo(Money.ofOre(1_250));
        assertThat(_get(Paragraph.class, spec -> spec.withId("transfer-status")).getText())
                .startsWith("12,50 kr. er overført til ");
    }

    @Test
    void withOneAccountThereIsNothingToTransferBetween() {
        citizen.logIn(CHRISTIAN);
        queries.answer(FindAccessibleAccounts.class, q -> List.of(CHRISTIAN_CARD));
        queries.answer(FindRelationsOfCitizen.class, q -> List.of());
        open("");

        assertThat(_find(Button.class, spec -> spec.withId("transfer"))).as("no visible Overfør").isEmpty();
    }
}
