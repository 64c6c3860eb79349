package dk.kantinekort.ui.citizen.proof;

import com.vaadin.flow.component.html.Paragraph;
import dk.kantinekort.api.proof.StatementVerification;
import dk.kantinekort.ui.shell.format.DanishFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the ledger says of the statement's last entry, to compare with the paper: the account (its last characters
 * only: the page is public), the entry's number and time, the balance it left, and whether the auditors' report
 * already holds it.
 */
final class VerificationFacts {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private VerificationFacts() {
    }

    static List<Paragraph> of(StatementVerification answer, BiFunction<String, Object[], String> texts) {
        List<Paragraph> facts = new ArrayList<>();
        String account = answer.accountId();
        String tail = account.length() <= 6 ? account : "…" + account.substring(account.length() - 6);
        facts.add(fact("verify-fact-entry", texts.apply("verify.fact.entry", new Object[] {tail,
                answer.position(), answer.at() == null ? "" : DATE_TIME.format(answer.at().atZone(ZONE))})));
        if (answer.balanceAfter() != null) {
            facts.add(fact("verify-fact-balance", texts.apply("verify.fact.balance",
                    new Object[] {DanishFormat.money(answer.balanceAfter())})));
        }
        facts.add(answer.publishedAt() != null
                ? fact("verify-fact-published", texts.apply("verify.fact.published",
                        new Object[] {DATE_TIME.format(answer.publishedAt().atZone(ZONE))}))
                : fact("verify-fact-not-published", texts.apply("verify.fact.not-published", new Object[0])));
        return facts;
    }

    private static Paragraph fact(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
