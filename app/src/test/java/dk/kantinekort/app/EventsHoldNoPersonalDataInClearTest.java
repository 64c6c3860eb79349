package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing that identifies a person stands in clear in an event (issue 15): events are immutable and exported to
 * auditors, so a person can only be forgotten if what identifies them is sealed with their own key
 * ({@code SealedData}). Every String field of every event must be sealed, or be allowed here with the reason it
 * identifies nobody. A new text field fails this test until someone decides.
 */
class EventsHoldNoPersonalDataInClearTest {

    /** Field names allowed in clear in any event, with why. */
    static final Map<String, String> ALLOWED_NAMES = Map.ofEntries(
            Map.entry("accountId", "a generated id; what ties it to a person is sealed or erased"),
            Map.entry("citizenId", "a generated id (UUID); the person behind it is only in sealed data"),
            Map.entry("requesterId", "a citizen id"),
            Map.entry("ownerId", "a citizen id"),
            Map.entry("madeBy", "a citizen id"),
            Map.entry("changedByCitizenId", "a citizen id"),
            Map.entry("confirmedByCitizenId", "a citizen id"),
            Map.entry("requestedByCitizenId", "a citizen id"),
            Map.entry("cardBrand", "the payment card's brand (Visa, Mastercard): the same for millions"),
            Map.entry("chargeKey", "built from generated ids and a date"),
            Map.entry("requestFingerprint", "a hash of a till request, for idempotency"),
            Map.entry("tokenHash", "the hash of a till's credential, not of a person"));

    /** Whole fields allowed in clear, with why. */
    static final Map<String, String> ALLOWED_FIELDS = Map.ofEntries(
            Map.entry("catalogue.PlanOffered.name", "catalogue content staff wrote for everyone"),
            Map.entry("bookkeeping.BookkeepingMonthClosed.month", "a month of the books, yyyy-MM"),
            Map.entry("settlement.SettlementReportImported.fileName",
                    "the name of the provider's report file (e.g. nets-2026-11.csv): about payouts, not persons"),
            Map.entry("catalogue.PlanOffered.description", "catalogue content"),
            Map.entry("catalogue.ProductOffered.name", "catalogue content"),
            Map.entry("catalogue.ProductOffered.sku", "catalogue content"),
            Map.entry("subscription.EnrolmentRequested.planName", "catalogue content"),
            Map.entry("subscription.SubscriptionPeriodCharged.planName", "catalogue content"),
            Map.entry("scheme.BrandingNameChanged.name", "the card scheme's name"),
            Map.entry("scheme.SupportContactChanged.phone", "the municipality's support line, not a person's"),
            Map.entry("scheme.SupportContactChanged.email", "the municipality's support address"),
            Map.entry("scheme.SupportContactChanged.hours", "opening hours"),
            Map.entry("till.PlaceRegistered.name", "a canteen's name"),
            Map.entry("till.PlaceRenamed.name", "a canteen's name"),
            Map.entry("payment.DepositAbandoned.reason", "a fixed code of the system (never staff's words)"),
            Map.entry("payment.PaymentCheckoutCreated.hostedPageUrl",
                    "the provider's page address, built from its generated payment id"),
            Map.entry("lookup.StaffLookupRecorded.staffActor",
                    "the staff member's work login: saying who looked a citizen up is the record's purpose"),
            Map.entry("schoolyear.PupilRowApplied.className",
                    "a school class (\"3.a\") that a whole class of pupils shares; the pupil is the account id"),
            Map.entry("schoolyear.SchoolYearImportStarted.fileDigest",
                    "SHA-256 of a whole pupil file, to tell a repeat from another file; nobody can be read back"),
            Map.entry("dispute.DisputeOpened.rowReference",
                    "the id of the disputed statement row (a purchase's, a fee's): generated, names nobody"),
            Map.entry("payment.PaymentDiscrepancyFound.description",
                    "the command side's English note on amounts, written by the system"));

    static JavaClasses events;

    @BeforeAll
    static void importEvents() {
        events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kantinekort.api");
    }

    @Test
    void everyTextFieldOfAnEventIsSealedOrAllowedWithAReason() {
        List<String> inClear = stringFields()
                .filter(f -> !f.getName().endsWith("Id") && !ALLOWED_NAMES.containsKey(f.getName()))
                .map(EventsHoldNoPersonalDataInClearTest::name)
                .filter(name -> !ALLOWED_FIELDS.containsKey(name))
                .sorted().toList();
        assertThat(inClear).as("event fields holding text in clear: seal them with the person's key "
                + "(SealedData), or allow them here with the reason they identify nobody").isEmpty();
    }

    @Test
    void noEventKeepsACprNumberOrItsHashInClear() {
        List<String> cpr = stringFields()
                .filter(f -> f.getName().toLowerCase().contains("cpr") || f.getName().toLowerCase().contains("masked")
                        || f.getName().toLowerCase().contains("token") && !f.getName().equals("tokenHash"))
                .map(EventsHoldNoPersonalDataInClearTest::name).sorted().toList();
        assertThat(cpr).as("CPR numbers, masked numbers and saved-card tokens in clear").isEmpty();
    }

    @Test
    void theRuleSeesTheEventsAndTheirSealedFields() {
        List<String> sealed = eventFields()
                .filter(f -> f.getRawType().getSimpleName().equals("SealedData"))
                .map(EventsHoldNoPersonalDataInClearTest::name).toList();
        assertThat(sealed).contains("citizen.CitizenRegistered.cpr", "relation.AccountLinkRequested.cpr",
                "account.CardBlocked.reason", "payment.AutoTopUpAgreed.savedCardToken",
                "payment.DepositSettled.maskedPan", "identity.IdentityLinked.subject");
    }

    private static java.util.stream.Stream<JavaField> eventFields() {
        return events.stream()
                .filter(c -> c.isAnnotatedWith("org.axonframework.serialization.Revision"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC));
    }

    private static java.util.stream.Stream<JavaField> stringFields() {
        return eventFields().filter(f -> f.getRawType().isEquivalentTo(String.class));
    }

    private static String name(JavaField field) {
        JavaClass owner = field.getOwner();
        return owner.getPackageName().substring(owner.getPackageName().lastIndexOf('.') + 1) + "."
                + owner.getSimpleName() + "." + field.getName();
    }
}
