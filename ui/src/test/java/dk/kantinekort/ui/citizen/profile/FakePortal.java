package dk.kantinekort.ui.citizen.profile;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;

import dk.kantinekort.api.access.FindAccessibleAccounts;
import dk.kantinekort.api.account.AccountStatus;
import dk.kantinekort.api.account.AccountSummary;
import dk.kantinekort.api.account.BlockCard;
import dk.kantinekort.api.account.ChangeAllowedUnits;
import dk.kantinekort.api.account.BlockOrigin;
import dk.kantinekort.api.account.FindPendingCardReplacement;
import dk.kantinekort.api.account.OrderReplacementCard;
import dk.kantinekort.api.account.PendingCardReplacement;
import dk.kantinekort.api.account.UnblockCard;
import dk.kantinekort.api.account.UnitKind;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.ChangeCardPhoto;
import dk.kantinekort.api.citizen.ChangeContactDetails;
import dk.kantinekort.api.citizen.CitizenProfile;
import dk.kantinekort.api.citizen.ContactDetails;
import dk.kantinekort.api.citizen.FindCardPhoto;
import dk.kantinekort.api.citizen.FindCitizenProfile;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.money.Limits;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.ui.citizen.session.AccountSelection;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.citizen.session.PortalCommands;
import dk.kantinekort.ui.citizen.session.SessionFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A small stand-in for the ledger and its read side behind the two gateways: Christian Harms with his card,
 * his linked relation imported without details, and Anna Jensen whom Christian has no access to. Commands are
 * recorded and, unless refused, change what the queries answer (unless the read side is told to lag).
 */
final class FakePortal {

    static final String CHRISTIAN = "citizen-christian";
    static final String RELATION = "citizen-relation";
    static final String ANNA = "citizen-anna";
    static final String CHRISTIAN_ACCOUNT = "account-christian";
    static final String RELATION_ACCOUNT = "account-relation";
    static final String ANNA_ACCOUNT = "account-anna";
    static final String NEW_CARD_NUMBER = "88776655";

    final QueryGateway queryGateway = mock(QueryGateway.class);
    final CommandGateway commandGateway = mock(CommandGateway.class);
    final List<Object> sent = new ArrayList<>();
    static final String TEMPORARY_CODE = "MK000000011234567890";
    static final Instant TEMPORARY_EXPIRES = Instant.parse("2026-03-10T11:00:00Z");
    final List<MetaData> sentMetaData = new ArrayList<>();
    final List<Object> queries = new ArrayList<>();
    final Map<String, AccountSummary> accounts = new LinkedHashMap<>();
    final Map<String, List<String>> accessible = new HashMap<>();
    final Map<String, CitizenProfile> profiles = new HashMap<>();
    final Map<String, byte[]> photos = new HashMap<>();
    final Map<Class<?>, RejectionCode> refusals = new HashMap<>();
    final Map<String, PendingCardReplacement> pendingReplacements = new HashMap<>();
    String loggedIn = CHRISTIAN;
    boolean readSideLags;
    private final List<Object> lagging = new java.util.ArrayList<>();
    boolean querySideDown;

    FakePortal() {
        accounts.put(CHRISTIAN_ACCOUNT, account(CHRISTIAN_ACCOUNT, CHRISTIAN, "Christian Harms", "270182-",
                "Betalingskort", "1562265116", 6500));
        accounts.put(RELATION_ACCOUNT, account(RELATION_ACCOUNT, RELATION, "Test Harms Relation", "090909-",
                "Konto", "04579A22352680", 1000));
        accounts.put(ANNA_ACCOUNT, account(ANNA_ACCOUNT, ANNA, "Anna Jensen", "010190-", "Betalingskort",
                "99887766", 20000));
        accessible.put(CHRISTIAN, List.of(CHRISTIAN_ACCOUNT, RELATION_ACCOUNT));
        accessible.put(ANNA, List.of(ANNA_ACCOUNT));
        profiles.put(CHRISTIAN, new CitizenProfile(CHRISTIAN, "270182-", new ContactDetails("Christian Harms",
                "christian@example.dk", "Højvangen 4", "3480", "Fredensborg", null, "20304050"), false));
        profiles.put(ANNA, new CitizenProfile(ANNA, "010190-", new ContactDetails("Anna Jensen",
                "anna@example.dk", "Søvej 1", "2860", "Søborg", null, null), false));
        // the relation was imported without details: no profile at all

        doAnswer(call -> answer(call.getArgument(0))).when(queryGateway).query(any(), any(ResponseType.class));
        doAnswer(call -> handle(call.getArgument(0))).when(commandGateway).send(any());
        // the CommandSender sends with metadata: the gateway's own default method wraps it into one message
        doCallRealMethod().when(commandGateway).send(any(), any(MetaData.class));
    }

    final CurrentCitizen currentCitizen = new CurrentCitizen() {
        @Override
        public Optional<String> citizenId() {
            return Optional.ofNullable(loggedIn);
        }

        @Override
        public Optional<String> subject() {
            return Optional.ofNullable(loggedIn).map(id -> "subject-of-" + id);
        }
    };

    AccountSelection accountSelection() {
        return SessionFixtures.accountSelection(queryGateway, currentCitizen);
    }

    PortalCommands portalCommands() {
        return SessionFixtures.portalCommands(commandGateway, currentCitizen);
    }

    void setBalance(String accountId, long ore) {
        AccountSummary a = accounts.get(accountId);
        accounts.put(accountId, new AccountSummary(a.accountId(), a.citizenId(), a.holderName(), a.cprMasked(),
                a.displayName(), Money.ofOre(ore), a.status(), a.currentCardNumber(), a.formerCardNumbers(),
                a.allowedUnits(), a.lastChangedAt(), a.blockedBy(), a.cardStatus(), a.cardBlockedBy()));
    }

    <T> List<T> sent(Class<T> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private CompletableFuture<Object> answer(Object query) {
        queries.add(query);
        if (querySideDown) {
            return CompletableFuture.failedFuture(new IllegalStateException("no handler"));
        }
        Object result;
        if (query instanceof FindAccessibleAccounts q) {
            result = accessible.getOrDefault(q.citizenId(), List.of()).stream().map(accounts::get).toList();
        } else if (query instanceof FindCitizenProfile q) {
            result = profiles.get(q.citizenId());
        } else if (query instanceof FindCardPhoto q) {
            result = photos.get(q.citizenId());
        } else if (query instanceof FindPendingCardReplacement q) {
            result = pendingReplacements.get(q.accountId());
        } else if (query instanceof dk.kantinekort.api.privacy.FindPersonalDataExport q) {
            result = "{\"people\":[{\"personId\":\"" + q.citizenId() + "\"}]}";
        } else {
            throw new IllegalArgumentException("Unexpected query " + query);
        }
        return CompletableFuture.completedFuture(result);
    }

    private CompletableFuture<Object> handle(Object message) {
        CommandMessage<?> command = (CommandMessage<?>) message;
        Object payload = command.getPayload();
        sent.add(payload);
        sentMetaData.add(command.getMetaData());
        RejectionCode refusal = refusals.get(payload.getClass());
        if (refusal != null) {
            return CompletableFuture.failedFuture(new RejectedException(refusal, "refused in test"));
        }
        Object result = null;
        if (payload instanceof OrderReplacementCard) {
            result = CardNumber.parse(NEW_CARD_NUMBER);
        }
        if (payload instanceof dk.kantinekort.api.tempcard.IssueTemporaryCard c) {
            result = new dk.kantinekort.api.tempcard.TemporaryCard(c.accountId(), TEMPORARY_CODE, TEMPORARY_EXPIRES);
        }
        if (readSideLags) {
            lagging.add(payload);
        } else {
            apply(payload);
        }
        return CompletableFuture.completedFuture(result);
    }

    /** The read side catches up with the commands it lagged behind. */
    void readSideCatchesUp() {
        readSideLags = false;
        lagging.forEach(this::apply);
        lagging.clear();
    }

    private void apply(Object payload) {
        if (payload instanceof BlockCard c) {
            status(c.accountId(), AccountStatus.BLOCKED);
        } else if (payload instanceof UnblockCard c) {
            status(c.accountId(), AccountStatus.ACTIVE);
        } else if (payload instanceof OrderReplacementCard c) {
            AccountSummary a = accounts.get(c.accountId());
            setBalance(c.accountId(), a.balance().minus(Limits.REPLACEMENT_CARD_FEE).ore());
            // the ledger records the address on file when the card is ordered
            String address = java.util.Optional.ofNullable(profiles.get(a.citizenId())).map(CitizenProfile::details)
                    .map(d -> d.address() + ", " + d.postalCode() + " " + d.city()).orElse("");
            pendingReplacements.put(c.accountId(), new PendingCardReplacement(c.accountId(), c.orderId(),
                    a.currentCardNumber(), NEW_CARD_NUMBER, Instant.now(), address));
        } else if (payload instanceof ChangeAllowedUnits c) {
            AccountSummary a = accounts.get(c.accountId());
            accounts.put(a.accountId(), new AccountSummary(a.accountId(), a.citizenId(), a.holderName(),
                    a.cprMasked(), a.displayName(), a.balance(), a.status(), a.currentCardNumber(),
                    a.formerCardNumbers(), c.allowedUnits(), a.lastChangedAt(), a.blockedBy(), a.cardStatus(),
                    a.cardBlockedBy()));
        } else if (payload instanceof ChangeContactDetails c) {
            String cprMasked = accounts.values().stream().filter(a -> a.citizenId().equals(c.citizenId()))
                    .findFirst().map(AccountSummary::cprMasked).orElse(null);
            profiles.put(c.citizenId(), new CitizenProfile(c.citizenId(), cprMasked, c.details(),
                    photos.containsKey(c.citizenId())));
        } else if (payload instanceof ChangeCardPhoto c) {
            photos.put(c.citizenId(), c.jpeg());
        } else if (payload instanceof dk.kantinekort.api.tempcard.IssueTemporaryCard
                || payload instanceof dk.kantinekort.api.tempcard.RevokeTemporaryCard) {
            // the read side keeps nothing of a temporary card
        } else {
            throw new IllegalArgumentException("Unexpected command " + payload);
        }
    }

    private void status(String accountId, AccountStatus status) {
        status(accountId, status, status == AccountStatus.BLOCKED ? BlockOrigin.CITIZEN : null);
    }

    /** The card is blocked (or active) as set by whom: staff blocks come from Support, not from this page. */
    void status(String accountId, AccountStatus status, BlockOrigin blockedBy) {
        AccountSummary a = accounts.get(accountId);
        accounts.put(accountId, new AccountSummary(a.accountId(), a.citizenId(), a.holderName(), a.cprMasked(),
                a.displayName(), a.balance(), a.status(), a.currentCardNumber(), a.formerCardNumbers(),
                a.allowedUnits(), a.lastChangedAt(), a.blockedBy(), status, blockedBy));
    }

    /** The whole account is blocked by staff (decision record 21); the card keeps its own state. */
    void accountBlocked(String accountId) {
        AccountSummary a = accounts.get(accountId);
        accounts.put(accountId, new AccountSummary(a.accountId(), a.citizenId(), a.holderName(), a.cprMasked(),
                a.displayName(), a.balance(), AccountStatus.BLOCKED, a.currentCardNumber(), a.formerCardNumbers(),
                a.allowedUnits(), a.lastChangedAt(), BlockOrigin.STAFF, a.cardStatus(), a.cardBlockedBy()));
    }

    private static AccountSummary account(String accountId, String citizenId, String holder, String cprMasked,
                                          String displayName, String cardNumber, long balanceOre) {
        return new AccountSummary(accountId, citizenId, holder, cprMasked, displayName, Money.ofOre(balanceOre),
                AccountStatus.ACTIVE, cardNumber, List.of(), EnumSet.allOf(UnitKind.class),
                Instant.parse("2026-01-01T10:00:00Z"), null);
    }
}
