package dk.kantinekort.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the command side (issue 18): the card account is loaded only by its own package, the feature
 * packages do not import each other in a circle, and the look-ups the command side answers are few, named and
 * side-effect free (decision record 14).
 */
class CommandSideArchitectureTest {

    static final String CARD_ACCOUNT = "dk.kantinekort.command.account.CardAccount";
    /**
     * The command side's answers to queries: its set-based look-ups, consistent with the commands (decision record
     * 14). By simple name, so a move within the command side does not break the rule; a new one is a decision.
     */
    static final Set<String> COMMAND_SIDE_QUERY_HANDLERS = Set.of("TillRegistry", "IdentityDirectory",
            "CitizenByCpr", "PersonalDataVault", "SchemeSettingsLookup", "PaymentTermsQueries",
            "CheckoutProgressLookup", "SchoolYearPreview", "TemporaryCardChecks");

    static final String PAYMENT_PROVIDER = "dk.kantinekort.command.payment.provider.PaymentProvider";

    static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kantinekort");
    }

    @Test
    void onlyTheAccountPackageLoadsOrUsesTheCardAccount() {
        // also a Repository<CardAccount> field or constructor parameter: a dependency on the type argument
        noClasses().that().resideOutsideOfPackage("dk.kantinekort.command.account..")
                .should().dependOnClassesThat().haveFullyQualifiedName(CARD_ACCOUNT)
                .check(classes);
    }

    @Test
    void theCardAccountAndItsInternalCommandsAreNotPublic() {
        classes().that().haveFullyQualifiedName(CARD_ACCOUNT)
                .or().haveFullyQualifiedName("dk.kantinekort.command.account.MakePurchase")
                .or().haveFullyQualifiedName("dk.kantinekort.command.account.RefundPurchase")
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void theCommandSidesFeaturePackagesDoNotImportEachOtherInACircle() {
        slices().matching("dk.kantinekort.command.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheNamedLookUpsOfTheCommandSideAnswerQueries() {
        classes().that().resideInAPackage("dk.kantinekort.command..").and(answerQueries())
                .should().haveNameMatching(".*\\.(" + String.join("|", COMMAND_SIDE_QUERY_HANDLERS) + ")")
                .because("an answer the command side gives is a decision (decision record 14)")
                .check(classes);
    }

    @Test
    void nothingThatAnswersQueriesSendsACommandOrAppliesOrPublishesAnEvent() {
        noClasses().that(answerQueries())
                .should().callMethodWhere(target(owner(assignableTo(CommandGateway.class)))
                        .or(target(owner(assignableTo(CommandBus.class))).and(target(nameMatching("dispatch")))))
                .orShould().callMethodWhere(target(owner(type(AggregateLifecycle.class))).and(target(name("apply"))))
                .orShould().callMethodWhere(target(owner(assignableTo(EventBus.class))
                        .or(owner(assignableTo(EventGateway.class)))).and(target(name("publish"))))
                .because("a query is side-effect free; an action is a command")
                .check(classes);
    }

    @Test
    void noCommandHandlerCallsThePaymentProvider() {
        noClasses().that(handleCommands())
                .should().dependOnClassesThat().haveFullyQualifiedName(PAYMENT_PROVIDER)
                .because("the provider is asked by the payment processes after the aggregate decided, never while a"
                        + " command holds a batch worker (decision record 11)")
                .check(classes);
    }

    @Test
    void noCommandHandlerWaitsForAnotherCommand() {
        noClasses().that(handleCommands()).and().resideInAPackage("dk.kantinekort.command..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dk.kantinekort.command.payment.PaymentCommands")
                .orShould().callMethodWhere(target(owner(assignableTo(CommandGateway.class)))
                        .and(target(nameMatching("sendAndWait"))))
                .because("a nested sendAndWait from a batch worker needed a lane of its own on the group-commit bus")
                .check(classes);
    }

    @Test
    void theGroupCommitBusRunsEveryCommandInItsBatches() {
        classes().that().haveFullyQualifiedName("dk.kantinekort.command.bus.GroupCommitCommandBus")
                .should(ArchConditions.be(DescribedPredicate.describe("without a predicate of commands that bypass"
                        + " the batches", (JavaClass bus) -> bus.getConstructors().stream()
                        .flatMap(c -> c.getRawParameterTypes().stream())
                        .noneMatch(t -> t.isAssignableTo(Predicate.class))
                        && bus.getAllFields().stream().noneMatch(f -> f.getRawType().isAssignableTo(Predicate.class)))))
                .because("no command needs a lane of its own (decision record 6)")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> handleCommands() {
        return DescribedPredicate.describe("handle commands", javaClass -> javaClass.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith("org.axonframework.commandhandling.CommandHandler"))
                || javaClass.getConstructors().stream()
                .anyMatch(c -> c.isAnnotatedWith("org.axonframework.commandhandling.CommandHandler")));
    }

    private static DescribedPredicate<JavaClass> answerQueries() {
        return DescribedPredicate.describe("answer queries", javaClass -> javaClass.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith("org.axonframework.queryhandling.QueryHandler")));
    }
}
