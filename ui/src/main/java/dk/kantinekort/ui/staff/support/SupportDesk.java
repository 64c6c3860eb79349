package dk.kantinekort.ui.staff.support;

import dk.kantinekort.api.lookup.LookupKey;
import dk.kantinekort.api.lookup.LookupPurpose;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.staff.lookup.LookupNotRecordedException;
import dk.kantinekort.ui.staff.lookup.StaffLookups;
import dk.kantinekort.api.citizen.ForgetCitizen;
import dk.kantinekort.api.citizen.ForgetReason;
import dk.kantinekort.ui.staff.session.Outcome;
import dk.kantinekort.ui.staff.session.StaffCommands;
import dk.kantinekort.ui.staff.session.StaffQueries;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.DeclineReason;
import dk.kantinekort.api.spending.BrokenSpendingRule;
import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.account.FindAccountByCard;
import dk.kantinekort.api.account.FindAccountsOfCitizen;
import dk.kantinekort.api.account.SearchAccountsByBirthDate;
import dk.kantinekort.api.account.SearchAccountsByHolder;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.FindCitizenByCpr;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.DepositView;
import dk.kantinekort.api.payment.ListDepositsOfAccount;
import dk.kantinekort.api.payment.ResendReceipt;
import dk.kantinekort.api.statement.FindStatement;
import dk.kantinekort.api.statement.Statement;
import dk.kantinekort.api.statement.StatementRow;
import dk.kantinekort.api.statement.StatementRowType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Support (F16): find a citizen's accounts by CPR number (typed in full, looked up by the command side's keyed
 * hash, shown only masked), by date of birth (ddmmåå, the part of the CPR number shown), by card number (current
 * or former) or by part of the name; their recent declines and paid deposits; block and unblock, send a receipt
 * again, and credit a payment the citizen documents ("indbetalt men pengene ikke er gået ind").
 */
class SupportDesk {

    static final int MAX_RESULTS = 50;
    static final int MAX_DECLINES = 10;
    static final Duration DECLINES_PERIOD = Duration.ofDays(90);
    static final int MAX_REASON = 500;
    static final BigDecimal MAX_CREDIT_KRONER = BigDecimal.valueOf(5_000);
    private static final Pattern BIRTH_DATE = Pattern.compile("(\\d{6})-?");

    /** A declined attempt: when, where and why. */
    record Decline(Instant at, String place, DeclineReason reason, BrokenSpendingRule rule) {

        Decline(Instant at, String place, DeclineReason reason) {
            this(at, place, reason, null);
        }

    }

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final StaffLookups lookups;
    private final Clock clock;

    SupportDesk(StaffQueries queries, StaffCommands commands, StaffLookups lookups, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.lookups = lookups;
        this.clock = clock;
    }

    /**
     * The accounts the text finds, once the look-up is recorded (issue 15: the kind of key and the people and accounts
     * found, never the typed text). Throws IllegalStateException when a side does not answer, and
     * {@link LookupNotRecordedException} when the look-up could not be recorded: then nothing may be shown.
     */
    List<AccountSummary> find(String text) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            return List.of();
        }
        List<AccountSummary> found = search(input);
        lookups.record(CurrentStaff.Role.ADMIN, keyOf(input), LookupPurpose.SUPPORT_SEARCH,
                found.stream().map(AccountSummary::citizenId).toList(),
                found.stream().map(AccountSummary::accountId).toList());
        return found;
    }

    /** What kind of key the text is, as the look-up records it: a CPR number before a card number (both can be ten digits). */
    static LookupKey keyOf(String input) {
        if (input.chars().noneMatch(Character::isDigit)) {
            return LookupKey.NAME;
        }
        if (Cpr.isValid(input)) {
            return LookupKey.CPR;
        }
        Matcher birthDate = BIRTH_DATE.matcher(input);
        if (birthDate.matches() && Cpr.isValid(birthDate.group(1) + "0000")) {
            return LookupKey.BIRTH_DATE;
        }
        return LookupKey.CARD_NUMBER;
    }

    private List<AccountSummary> search(String input) {
        if (input.chars().noneMatch(Character::isDigit)) {
            return queries.list(new SearchAccountsByHolder(input, MAX_RESULTS), AccountSummary.class);
        }
        Map<String, AccountSummary> found = new LinkedHashMap<>();
        Matcher birthDate = BIRTH_DATE.matcher(input);
        if (birthDate.matches() && Cpr.isValid(birthDate.group(1) + "0000")) {
            queries.list(new SearchAccountsByBirthDate(birthDate.group(1), MAX_RESULTS), AccountSummary.class)
                    .forEach(account -> found.put(account.accountId(), account));
        }
        if (Cpr.isValid(input)) {
            queries.one(new FindCitizenByCpr(input), String.class).ifPresent(citizenId ->
                    queries.list(new FindAccountsOfCitizen(citizenId), AccountSummary.class)
                            .forEach(account -> found.put(account.accountId(), account)));
        }
        if (CardNumber.isValid(input)) {
            queries.one(new FindAccountByCard(CardNumber.parse(input)), AccountSummary.class)
                    .ifPresent(account -> found.putIfAbsent(account.accountId(), account));
        }
        return List.copyOf(found.values());
    }

    /** The account's declined attempts of the last 90 days, newest first, at most ten. */
    List<Decline> recentDeclines(String accountId) {
        Instant now = clock.instant();
        return queries.one(new FindStatement(accountId, now.minus(DECLINES_PERIOD), now.plusSeconds(60)),
                        Statement.class)
                .map(Statement::rows).orElse(List.of()).stream()
                .filter(row -> row.type() == StatementRowType.DECLINED)
                .sorted(Comparator.comparing(StatementRow::at).reversed())
                .limit(MAX_DECLINES)
                .map(row -> new Decline(row.at(), row.text(), row.declineReason(), row.brokenRule()))
                .toList();
    }

    /** A block needs a reason: it is kept with the event, for the citizen's and the auditors' questions. */
    Outcome block(AccountSummary account, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.support.reason-required");
        }
        return Outcome.of(() -> commands.send(new BlockCard(account.accountId(), stripped)),
                "backoffice.support.blocked");
    }

    /** The account's deposits through the provider that were paid, newest first. */
    List<DepositView> paidDeposits(String accountId) {
        return queries.list(new ListDepositsOfAccount(accountId), DepositView.class).stream()
                .filter(deposit -> deposit.state() == DepositView.State.PAID)
                .toList();
    }

    Outcome resendReceipt(AccountSummary account, DepositView deposit) {
        return Outcome.of(() -> commands.send(new ResendReceipt(account.accountId(), deposit.depositId())),
                "backoffice.support.receipt-resent");
    }

    /** The account's deposits through the provider that are still open (paid maybe, but not credited yet). */
    List<DepositView> openDeposits(String accountId) {
        return queries.list(new ListDepositsOfAccount(accountId), DepositView.class).stream()
                .filter(deposit -> deposit.state() == DepositView.State.OPEN)
                .toList();
    }

    /**
     * Credits a payment the citizen documented but the ledger never got (the guide's "indbetalt men pengene ikke er
     * gået ind"): the evidence becomes the deposit's reference. With {@code openDeposit} (the documented payment is
     * that open deposit's) the credit is the deposit's amount and settles it, so the provider's later report of the
     * same payment credits nothing more; without it, an amount in kroner to the øre. The deposit id comes from the
     * dialog, so a second click credits nothing twice.
     */
    Outcome creditDocumentedPayment(AccountSummary account, String depositId, DepositView openDeposit,
                                    BigDecimal kroner, String evidence) {
        String stripped = evidence == null ? "" : evidence.strip();
        if (openDeposit == null && (kroner == null || kroner.signum() <= 0 || kroner.compareTo(MAX_CREDIT_KRONER) > 0
                || kroner.stripTrailingZeros().scale() > 2)) {
            return Outcome.refused("backoffice.support.credit-amount-invalid");
        }
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.support.credit-evidence-required");
        }
        Money amount = openDeposit != null ? openDeposit.amount() : Money.ofOre(kroner.movePointRight(2).longValueExact());
        return Outcome.of(() -> commands.send(new DepositMoney(account.accountId(), depositId, amount,
                DepositMethod.MANUAL_CORRECTION, stripped, openDeposit == null ? null : openDeposit.depositId())),
                "backoffice.support.credited");
    }

    /** "Glem borger" (decision record 16): the holder of the account is forgotten, for the reason chosen. */
    Outcome forget(AccountSummary account, ForgetReason reason) {
        if (reason == null) {
            return Outcome.refused("backoffice.support.forget-reason-required");
        }
        return Outcome.of(() -> commands.send(new ForgetCitizen(account.citizenId(), reason)),
                "backoffice.support.forgotten");
    }

    /** Blocks the whole account (decision record 21): no card, temporary card or deposit works; needs a reason. */
    Outcome blockAccount(AccountSummary account, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            return Outcome.refused("backoffice.support.reason-required");
        }
        return Outcome.of(() -> commands.send(new dk.kantinekort.api.account.BlockAccount(account.accountId(),
                stripped)), "backoffice.support.account-blocked");
    }

    Outcome unblockAccount(AccountSummary account) {
        return Outcome.of(() -> commands.send(new dk.kantinekort.api.account.UnblockAccount(account.accountId())),
                "backoffice.support.account-unblocked");
    }

    Outcome unblock(AccountSummary account) {
        return Outcome.of(() -> commands.send(new UnblockCard(account.accountId())), "backoffice.support.unblocked");
    }
}
