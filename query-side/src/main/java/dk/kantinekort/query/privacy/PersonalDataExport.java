package dk.kantinekort.query.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.audit.AuditedEvent;
import dk.kantinekort.api.audit.FindAccountHistory;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.notice.FindNoticeChoice;
import dk.kantinekort.api.notice.NoticeChoice;
import dk.kantinekort.api.payment.AutoTopUpView;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.FindAutoTopUp;
import dk.kantinekort.api.payment.ListDepositsOfAccount;
import dk.kantinekort.api.payment.ListPayoutRequests;
import dk.kantinekort.api.payment.PayoutView;
import dk.kantinekort.api.privacy.FindPersonalDataExport;
import dk.kantinekort.api.relation.FindRelationsOfCitizen;
import dk.kantinekort.api.relation.RelationStatus;
import dk.kantinekort.api.relation.RelationSummary;
import dk.kantinekort.api.spending.FindSpendingRules;
import dk.kantinekort.api.spending.SpendingRules;
import dk.kantinekort.api.spending.SpendingRulesView;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.subscription.EnrolmentView;
import dk.kantinekort.api.subscription.ListEnrolmentsOfAccount;
import dk.kantinekort.api.webshop.ListOrdersOfAccount;
import dk.kantinekort.api.webshop.OrderView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Right of access (issue 15): everything the read models and the event store hold about a citizen and the people
 * they act for through approved links, as JSON in plain words. Built from the same queries the pages use (contact
 * details unsealed with the citizen's key on the way), so it shows what the system shows, and nothing of anyone the
 * citizen has no approved link to. Card numbers of payment cards come masked, as they are held.
 */
@Component
class PersonalDataExport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final long PATIENCE_SECONDS = 20;

    private final QueryGateway queries;
    private final Clock clock;

    PersonalDataExport(QueryGateway queries, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @QueryHandler
    String handle(FindPersonalDataExport query) {
        String citizenId = query.citizenId();
        if (citizenId == null || citizenId.isBlank()) {
            throw new IllegalArgumentException("A citizen id is required");
        }
        CitizenProfile self = one(new FindCitizenProfile(citizenId), CitizenProfile.class);
        List<AccountSummary> ownAccounts = list(new FindAccountsOfCitizen(citizenId), AccountSummary.class);
        List<RelationSummary> links = list(new FindRelationsOfCitizen(citizenId), RelationSummary.class);
        if (self == null && ownAccounts.isEmpty() && links.isEmpty()) {
            return null;
        }
        Set<String> actedFor = new LinkedHashSet<>();
        links.stream().filter(link -> link.status() == RelationStatus.ACTIVE && link.requestedBy(citizenId))
                .map(RelationSummary::ownerId).filter(owner -> !owner.equals(citizenId)).forEach(actedFor::add);
        List<PayoutView> payouts = list(new ListPayoutRequests(null), PayoutView.class);

        List<Object> people = new ArrayList<>();
        people.add(person(citizenId, citizenId, "yourself", self, ownAccounts, links, payouts));
        for (String owner : actedFor) {
            people.add(person(citizenId, owner, "a person you act for through an approved link",
                    one(new FindCitizenProfile(owner), CitizenProfile.class),
                    list(new FindAccountsOfCitizen(owner), AccountSummary.class), List.of(), payouts));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("about", "Everything the canteen card system holds about you and the people you act for through "
                + "approved links: contact details, card accounts with their statement lines and full event history, "
                + "spending rules, your notice choices, deposits, automatic top-up, payouts, webshop orders, "
                + "subscriptions and links. Amounts are in kroner "
                + "with øre, times in ISO 8601 (UTC). Payment cards are held masked only; the CPR number is held "
                + "sealed and shown here as its date of birth part.");
        file.put("producedAt", PlainWords.date(clock.instant()));
        file.put("people", people);
        try {
            return JSON.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The personal data could not be written as JSON", e);
        }
    }

    private Map<String, Object> person(String you, String personId, String relationToYou, CitizenProfile profile,
                                       List<AccountSummary> accounts, List<RelationSummary> links,
                                       List<PayoutView> payouts) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("relationToYou", relationToYou);
        person.put("personId", personId);
        ContactDetails details = profile == null ? null : profile.details();
        String name = details != null && details.name() != null ? details.name()
                : accounts.isEmpty() ? null : accounts.get(0).holderName();
        person.put("name", name);
        person.put("cprNumber", profile != null && profile.cprMasked() != null ? profile.cprMasked()
                : accounts.isEmpty() ? null : accounts.get(0).cprMasked());
        person.put("contactDetails", details == null ? null : contact(details));
        person.put("hasCardPhoto", profile != null && profile.hasPhoto());
        if (!links.isEmpty()) {
            person.put("links", links.stream().map(link -> link(link, personId)).toList());
        }
        person.put("cardAccounts", accounts.stream().map(account -> account(account, you, personId, payouts)).toList());
        return person;
    }

    private static Map<String, Object> contact(ContactDetails details) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", details.name());
        contact.put("email", details.email());
        contact.put("address", details.address());
        contact.put("postalCode", details.postalCode());
        contact.put("city", details.city());
        contact.put("phone", details.phone());
        contact.put("mobile", details.mobile());
        return contact;
    }

    private static Map<String, Object> link(RelationSummary link, String personId) {
        Map<String, Object> row = new LinkedHashMap<>();
        boolean asked = link.requestedBy(personId);
        row.put("direction", asked ? "you asked for access to another person's accounts"
                : "another person asked for access to your accounts");
        row.put("otherPerson", asked ? link.ownerName() : link.requesterName());
        row.put("status", PlainWords.words(link.status()));
        row.put("requestedAt", PlainWords.date(link.requestedAt()));
        row.put("activeSince", PlainWords.date(link.activeSince()));
        return row;
    }

    private Map<String, Object> account(AccountSummary account, String you, String personId,
                                        List<PayoutView> payouts) {
        String accountId = account.accountId();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("accountId", accountId);
        row.put("accountName", account.displayName());
        row.put("cardNumber", account.currentCardNumber());
        row.put("formerCardNumbers", account.formerCardNumbers());
        row.put("balance", PlainWords.kroner(account.balance()));
        row.put("status", PlainWords.words(account.status()));
        row.put("blockedBy", PlainWords.words(account.blockedBy()));
        row.put("usableAt", account.allowedUnits() == null ? List.of()
                : account.allowedUnits().stream().map(PlainWords::words).sorted().toList());
        Statement statement = one(new FindStatement(accountId, null, null), Statement.class);
        row.put("statementLines", statement == null ? List.of()
                : statement.rows().stream().map(PersonalDataExport::statementLine).toList());
        row.put("deposits", list(new ListDepositsOfAccount(accountId), DepositView.class).stream()
                .map(PersonalDataExport::deposit).toList());
        AutoTopUpView topUp = one(new FindAutoTopUp(accountId), AutoTopUpView.class);
        row.put("automaticTopUp", topUp == null ? null : autoTopUp(topUp));
        row.put("spendingRules", spendingRules(one(new FindSpendingRules(accountId), SpendingRulesView.class)));
        // only the requester's own choice: another person's notice address is theirs, not the requester's
        row.put("yourNoticeChoices", noticeChoice(one(new FindNoticeChoice(accountId, you), NoticeChoice.class)));
        row.put("payouts", payouts.stream().filter(p -> accountId.equals(p.accountId()))
                .map(PersonalDataExport::payout).toList());
        row.put("webshopOrders", list(new ListOrdersOfAccount(accountId), OrderView.class).stream()
                .map(PersonalDataExport::order).toList());
        row.put("subscriptions", list(new ListEnrolmentsOfAccount(accountId), EnrolmentView.class).stream()
                .map(PersonalDataExport::subscription).toList());
        row.put("eventHistory", list(new FindAccountHistory(accountId), AuditedEvent.class).stream()
                .map(event -> event(event, personId)).toList());
        return row;
    }

    /** The account's Forbrugsregler in plain words; null when none was ever set. */
    private static Map<String, Object> spendingRules(SpendingRulesView view) {
        if (view == null || view.rules() == null || !view.rules().any()) {
            return null;
        }
        SpendingRules rules = view.rules();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("dailyLimit", rules.dailyLimit() == null ? null : PlainWords.kroner(rules.dailyLimit()));
        Map<String, Object> perUnit = new LinkedHashMap<>();
        rules.unitLimits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> perUnit.put(PlainWords.words(e.getKey()), PlainWords.kroner(e.getValue())));
        row.put("dailyLimitPerKindOfPlace", perUnit);
        row.put("blockedProductCategories", rules.blockedCategories().stream().sorted()
                .map(PlainWords::words).toList());
        row.put("changedAt", PlainWords.date(view.changedAt()));
        return row;
    }

    /** The requester's Notifikationer for the account, the address opened for them; null when none is chosen. */
    private static Map<String, Object> noticeChoice(NoticeChoice choice) {
        if (choice == null) {
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("mailsAbout", choice.kinds().stream().sorted().map(PlainWords::words).toList());
        row.put("lowBalanceBelow", choice.lowBalanceBelow() == null ? null
                : PlainWords.kroner(choice.lowBalanceBelow()));
        row.put("delivery", PlainWords.words(choice.delivery()));
        row.put("email", choice.email());
        return row;
    }

    private static Map<String, Object> statementLine(StatementRow r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", PlainWords.date(r.at()));
        line.put("kind", PlainWords.words(r.type()));
        line.put("text", r.text());
        line.put("amount", PlainWords.kroner(r.amount()));
        line.put("balanceAfter", PlainWords.kroner(r.balanceAfter()));
        if (r.lines() != null && !r.lines().isEmpty()) {
            line.put("items", r.lines().stream().map(item -> {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("product", item.name());
                i.put("quantity", item.quantity());
                i.put("unitPrice", PlainWords.kroner(item.unitPrice()));
                return i;
            }).toList());
        }
        if (r.declineReason() != null) {
            line.put("declinedBecause", PlainWords.words(r.declineReason()));
        }
        return line;
    }

    private static Map<String, Object> deposit(DepositView d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("requestedAt", PlainWords.date(d.requestedAt()));
        row.put("settledAt", PlainWords.date(d.settledAt()));
        row.put("state", PlainWords.words(d.state()));
        row.put("amount", PlainWords.kroner(d.amount()));
        row.put("fee", PlainWords.kroner(d.fee()));
        row.put("method", PlainWords.words(d.method()));
        row.put("paymentCard", maskedCard(d.cardBrand(), d.maskedPan()));
        return row;
    }

    private static Map<String, Object> autoTopUp(AutoTopUpView t) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("state", PlainWords.words(t.state()));
        row.put("amount", PlainWords.kroner(t.amount()));
        row.put("fee", PlainWords.kroner(t.fee()));
        row.put("whenBalanceBelow", PlainWords.kroner(t.threshold()));
        row.put("savedPaymentCard", maskedCard(t.cardBrand(), t.maskedPan()));
        row.put("lastAttemptAt", PlainWords.date(t.lastAttemptAt()));
        row.put("lastFailure", PlainWords.words(t.lastFailure()));
        return row;
    }

    private static Map<String, Object> payout(PayoutView p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("requestedAt", PlainWords.date(p.requestedAt()));
        row.put("state", PlainWords.words(p.state()));
        row.put("balanceAtRequest", PlainWords.kroner(p.balanceAtRequest()));
        row.put("paidOut", PlainWords.kroner(p.paidOut()));
        row.put("bankAccount", p.bankAccountMasked());
        row.put("rejectedBecause", p.rejectionReason());
        row.put("decidedAt", PlainWords.date(p.decidedAt()));
        return row;
    }

    private static Map<String, Object> order(OrderView o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("orderId", o.orderId());
        row.put("placedAt", PlainWords.date(o.placedAt()));
        row.put("place", o.placeName());
        row.put("paidWith", PlainWords.words(o.payment()));
        row.put("status", PlainWords.words(o.status()));
        row.put("total", PlainWords.kroner(o.total()));
        row.put("paymentCard", o.maskedPan());
        row.put("lines", o.lines() == null ? List.of() : o.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("product", l.name());
            line.put("deliveryDate", PlainWords.date(l.deliveryDate()));
            line.put("quantity", l.quantity());
            line.put("amount", PlainWords.kroner(l.amount()));
            line.put("cancelled", l.cancelled());
            line.put("paid", l.paid());
            return line;
        }).toList());
        return row;
    }

    private static Map<String, Object> subscription(EnrolmentView e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("plan", e.planName());
        row.put("price", PlainWords.kroner(e.price()));
        row.put("period", PlainWords.words(e.period()));
        row.put("status", PlainWords.words(e.status()));
        row.put("paymentCard", e.maskedPan());
        row.put("paidUntil", PlainWords.date(e.paidUntil()));
        row.put("periodsPaid", e.periodsPaid());
        row.put("fee", PlainWords.kroner(e.fee()));
        return row;
    }

    private static Map<String, Object> event(AuditedEvent e, String personId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", e.sequenceNumber());
        row.put("time", PlainWords.date(e.timestamp()));
        row.put("whatHappened", PlainWords.eventType(e.type()));
        row.put("amount", PlainWords.kroner(e.amount()));
        row.put("balanceAfter", PlainWords.kroner(e.balanceAfter()));
        row.put("by", PlainWords.actor(e.actor(), personId));
        row.put("through", PlainWords.words(e.channel()));
        return row;
    }

    private static String maskedCard(String brand, String maskedPan) {
        if (maskedPan == null) {
            return null;
        }
        return brand == null ? maskedPan : brand + " " + maskedPan;
    }

    private <R> R one(Object query, Class<R> type) {
        return await(queries.query(query, ResponseTypes.instanceOf(type)));
    }

    private <R> List<R> list(Object query, Class<R> type) {
        List<R> answer = await(queries.query(query, ResponseTypes.multipleInstancesOf(type)));
        return answer == null ? List.of() : answer;
    }

    private static <R> R await(CompletableFuture<R> answer) {
        try {
            return answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while gathering personal data", e);
        } catch (Exception e) {
            throw new IllegalStateException("Personal data could not be gathered: " + e, e);
        }
    }
}
