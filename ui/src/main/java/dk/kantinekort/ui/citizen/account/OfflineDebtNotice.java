package dk.kantinekort.ui.citizen.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.shell.format.AccountNames;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.util.List;

/**
 * Offline køb (issue 20) on Mine Konti: an account whose balance is below zero owes what a till sold while it was
 * offline; the next deposit covers the debt first, and until then the card cannot buy offline.
 */
class OfflineDebtNotice extends Div {

    OfflineDebtNotice() {
        setId("offline-debt");
        setVisible(false);
        getElement().setAttribute("role", "status");
    }

    void show(List<AccountSummary> accounts) {
        removeAll();
        for (AccountSummary account : accounts) {
            if (account.balance().isNegative()) {
                String who = account.holderName() == null ? AccountNames.label(account, this::getTranslation)
                        : account.holderName() + ", " + AccountNames.label(account, this::getTranslation);
                Paragraph line = new Paragraph(getTranslation("accounts.offline-debt", who,
                        DanishFormat.money(Money.ZERO.minus(account.balance()))));
                line.setId("offline-debt-" + account.accountId());
                add(line);
            }
        }
        setVisible(getComponentCount() > 0);
    }
}
