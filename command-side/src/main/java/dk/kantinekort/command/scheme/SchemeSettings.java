package dk.kantinekort.command.scheme;

import static dk.kantinekort.api.error.RejectionCode.INVALID_REQUEST;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.citizen.EmailAddress;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.scheme.AutoTopUpThresholdChanged;
import dk.kantinekort.api.scheme.BrandingNameChanged;
import dk.kantinekort.api.scheme.ChangeAutoTopUpThreshold;
import dk.kantinekort.api.scheme.ChangeBrandingName;
import dk.kantinekort.api.scheme.ChangeFeeSchedule;
import dk.kantinekort.api.scheme.ChangeSupportContact;
import dk.kantinekort.api.scheme.FeeScheduleChanged;
import dk.kantinekort.api.scheme.SupportContactChanged;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * What staff change at runtime in the municipality's scheme (F16, F18): the fee of each payment method, the
 * automatic top-up threshold, the support contact and the scheme's name. One instance per municipality, created by its first change;
 * until a value is changed, the configuration's applies. Setting a value it already has changes nothing.
 */
@Aggregate
public class SchemeSettings {

    static final Set<DepositMethod> FEE_METHODS = EnumSet.of(DepositMethod.PAYMENT_CARD, DepositMethod.MOBILEPAY,
            DepositMethod.AUTO_TOP_UP);
    static final long MAX_FIXED_FEE_ORE = 500_000;
    static final Money MAX_THRESHOLD = Money.ofKroner(5_000);
    static final int MAX_PHONE = 40;
    static final int MAX_HOURS = 500;
    static final int MAX_BRANDING_NAME = 60;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{0," + MAX_PHONE + "}");

    @AggregateIdentifier
    private String schemeId;
    private final Map<DepositMethod, FeeScheduleChanged> fees = new EnumMap<>(DepositMethod.class);
    private Money threshold;
    private SupportContactChanged support;
    private String brandingName;

    protected SchemeSettings() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeFeeSchedule command) {
        if (!FEE_METHODS.contains(command.method())) {
            throw new RejectedException(INVALID_REQUEST, "Fees are set for card, MobilePay and automatic top-up");
        }
        if (command.fixedOre() < 0 || command.fixedOre() > MAX_FIXED_FEE_ORE) {
            throw new RejectedException(INVALID_REQUEST, "A fixed fee is 0 to " + MAX_FIXED_FEE_ORE + " øre");
        }
        if (command.basisPoints() < 0 || command.basisPoints() > 10_000) {
            throw new RejectedException(INVALID_REQUEST, "A fee's share is 0 to 10000 basis points (0-100 %)");
        }
        FeeScheduleChanged changed = new FeeScheduleChanged(command.schemeId(), command.method(), command.fixedOre(),
                command.basisPoints());
        if (!changed.equals(fees.get(command.method()))) {
            apply(changed);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeAutoTopUpThreshold command) {
        if (command.threshold() == null || command.threshold().isNegative()
                || command.threshold().isGreaterThan(MAX_THRESHOLD)) {
            throw new RejectedException(INVALID_REQUEST, "The threshold is 0 to " + MAX_THRESHOLD);
        }
        if (!command.threshold().equals(threshold)) {
            apply(new AutoTopUpThresholdChanged(command.schemeId(), command.threshold()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeSupportContact command) {
        String phone = stripped(command.phone());
        String email = stripped(command.email());
        String hours = stripped(command.hours());
        if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() > 15) {
            throw new RejectedException(INVALID_REQUEST, "A phone number is digits, spaces, '+', '-' and brackets");
        }
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            throw new RejectedException(INVALID_REQUEST, "The support e-mail address is not valid");
        }
        if ((phone.isEmpty() && email.isEmpty()) || hours.length() > MAX_HOURS) {
            throw new RejectedException(INVALID_REQUEST, "Support needs a phone number or an e-mail address, and "
                    + "opening hours of at most " + MAX_HOURS + " characters");
        }
        SupportContactChanged changed = new SupportContactChanged(command.schemeId(), phone, email, hours);
        if (!changed.equals(support)) {
            apply(changed);
        }
    }

    /** The name in the portal's header and page titles: 1-60 characters, no control characters. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeBrandingName command) {
        String name = stripped(command.name());
        if (name.isEmpty() || name.length() > MAX_BRANDING_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new RejectedException(INVALID_REQUEST, "The scheme's name is 1 to " + MAX_BRANDING_NAME
                    + " characters");
        }
        if (!name.equals(brandingName)) {
            apply(new BrandingNameChanged(command.schemeId(), name));
        }
    }

    private static String stripped(String text) {
        return Objects.requireNonNullElse(text, "").strip();
    }

    @EventSourcingHandler
    void on(FeeScheduleChanged event) {
        schemeId = event.schemeId();
        fees.put(event.method(), event);
    }

    @EventSourcingHandler
    void on(AutoTopUpThresholdChanged event) {
        schemeId = event.schemeId();
        threshold = event.threshold();
    }

    @EventSourcingHandler
    void on(BrandingNameChanged event) {
        schemeId = event.schemeId();
        brandingName = event.name();
    }

    @EventSourcingHandler
    void on(SupportContactChanged event) {
        schemeId = event.schemeId();
        support = event;
    }
}
