package dk.kantinekort.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events carry facts, not display text: the read side words them through the message bundles, so every language
 * works. No event of {@code api} holds a field of type String by a name that is display text; free text a person
 * gave (a staff reference, an account's own name) is sealed ({@code SealedData}), the rest are enums and ids.
 */
class EventsCarryFactsTest {

    /** Field names that hold words for a reader. */
    static final Set<String> DISPLAY_TEXT_NAMES = Set.of("description", "reference", "displayName", "text", "label",
            "title", "message");

    /**
     * Fields that keep their name for a reason: a plan's description is the catalogue's content as staff wrote it
     * (shown as written, like a product's name); a payment discrepancy's description is still the command side's
     * English note to staff (to become a kind, with the payments restructuring).
     */
    static final Set<String> KNOWN = Set.of("dk.kantinekort.api.catalogue.PlanOffered.description",
            "dk.kantinekort.api.payment.PaymentDiscrepancyFound.description");

    static JavaClasses events;

    @BeforeAll
    static void importEvents() {
        events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kantinekort.api");
    }

    @Test
    void noEventHoldsDisplayTextInAStringField() {
        List<String> displayText = events.stream()
                .filter(c -> c.isAnnotatedWith("org.axonframework.serialization.Revision"))
                .flatMap(c -> c.getFields().stream())
                .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .filter(f -> f.getRawType().isEquivalentTo(String.class))
                .filter(f -> DISPLAY_TEXT_NAMES.contains(f.getName()))
                .map(EventsCarryFactsTest::name)
                .filter(name -> !KNOWN.contains(name))
                .sorted().toList();
        assertThat(displayText).as("event fields holding display text").isEmpty();
    }

    @Test
    void theRuleSeesTheEvents() {
        List<String> checked = events.stream()
                .filter(c -> c.isAnnotatedWith("org.axonframework.serialization.Revision"))
                .map(JavaClass::getSimpleName).toList();
        assertThat(checked).contains("FeeCharged", "MoneyDeposited", "CardAccountOpened");
    }

    private static String name(JavaField field) {
        return field.getOwner().getName() + "." + field.getName();
    }
}
