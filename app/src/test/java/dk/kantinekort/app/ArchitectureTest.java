package dk.kantinekort.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.kantinekort.embedded.mail.DevMailServer;
import dk.kantinekort.embedded.mitid.DemoIdentityProvider;
import dk.kantinekort.embedded.psp.PspSimulator;
import dk.kantinekort.embedded.readmodel.ReadModelH2Backend;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of ARCHITECTURE.md, checked on the compiled code of every module. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kantinekort");
    }

    @Test
    void apiIsThePublishedLanguageAndDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("dk.kantinekort.api..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.pos..", "dk.kantinekort.ui..", "dk.kantinekort.app..",
                        "org.springframework..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void commandSideKnowsNothingOfReadModelsOrAdapters() {
        noClasses().that().resideInAPackage("dk.kantinekort.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.query..", "dk.kantinekort.pos..",
                        "dk.kantinekort.ui..", "dk.kantinekort.app..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void querySideKnowsNothingOfTheCommandSideOrAdapters() {
        noClasses().that().resideInAPackage("dk.kantinekort.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.command..", "dk.kantinekort.pos..",
                        "dk.kantinekort.ui..", "dk.kantinekort.app..")
                .check(classes);
    }

    @Test
    void tillApiAndPortalTalkOnlyThroughTheGateways() {
        noClasses().that().resideInAnyPackage("dk.kantinekort.pos..", "dk.kantinekort.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.app..", "com.mongodb..", "org.bson..",
                        "org.axonframework.eventsourcing..", "org.axonframework.modelling..", "java.sql..",
                        "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void tillApiAndPortalDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dk.kantinekort.pos..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.ui..").check(classes);
        noClasses().that().resideInAPackage("dk.kantinekort.ui..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.pos..").check(classes);
    }

    @Test
    void theTillApiSendsCommandsOnlyThroughTheCommandSender() {
        // one way to send a command with actor, channel and correlation id (api.meta.CommandSender); the ui's
        // own UiArchitectureTest says the same of the portal and the back office
        noClasses().that().resideInAPackage("dk.kantinekort.pos..")
                .should().callMethodWhere(DescribedPredicate.describe("a CommandGateway's send",
                        call -> call.getTarget().getOwner().isAssignableTo(CommandGateway.class)
                                && call.getTarget().getName().startsWith("send")))
                .check(classes);
    }

    @Test
    void theDemoMitIdKnowsNothingOfTheLedgerThePortalOrVaadin() {
        // it runs in its own JVM with the auto-configurations DemoIdentityProvider names
        noClasses().that().resideInAPackage("dk.kantinekort.embedded.mitid..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.api..", "dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.pos..", "dk.kantinekort.ui..", "org.axonframework..",
                        "com.vaadin..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void thePaymentSimulatorKnowsNothingOfTheLedgerOrSpring() {
        // it stands in for an outside provider: it may only be reached through the provider's protocol
        noClasses().that().resideInAPackage("dk.kantinekort.embedded.psp..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.api..", "dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.pos..", "dk.kantinekort.ui..", "org.axonframework..",
                        "com.vaadin..", "org.springframework..")
                .check(classes);
    }

    @Test
    void theStandInsDependOnNoOtherModuleNotEvenApiNorTheLauncher() {
        // they stand in for outside services (payment provider, MitID, MongoDB, a mail relay), which know no ledger
        noClasses().that().resideInAPackage("dk.kantinekort.embedded..")
                .should().dependOnClassesThat(resideInAPackage("dk.kantinekort..")
                        .and(resideOutsideOfPackage("dk.kantinekort.embedded..")))
                .check(classes);
    }

    @Test
    void theStandInsAreIndependentOfEachOther() {
        slices().matching("dk.kantinekort.embedded.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void onlyTheLauncherUsesTheStandIns() {
        // the ledger modules (api, command side, query side, till API, portal) and any later one run without them
        noClasses().that().resideOutsideOfPackages("dk.kantinekort.app..", "dk.kantinekort.embedded..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.embedded..")
                .check(classes);
    }

    @Test
    void theLaunchersModuleHoldsWiringAndDemoDataButNoStandIn() {
        JavaClasses launcher = moduleOf(KantinekortApplication.class);
        assertThat(launcher).isNotEmpty();
        classes().should().resideInAPackage("dk.kantinekort.app..")
                .as("the app module holds only the launcher's wiring and the demo data (dk.kantinekort.app..); "
                        + "the stand-ins are modules of their own under embedded/")
                .check(launcher);
    }

    @Test
    void eachStandInModuleHoldsOnlyItsOwnPackage() {
        classes().should().resideInAPackage("dk.kantinekort.embedded.psp..").check(moduleOf(PspSimulator.class));
        classes().should().resideInAPackage("dk.kantinekort.embedded.mitid..")
                .check(moduleOf(DemoIdentityProvider.class));
        classes().should().resideInAPackage("dk.kantinekort.embedded.readmodel..")
                .check(moduleOf(ReadModelH2Backend.class));
        classes().should().resideInAPackage("dk.kantinekort.embedded.mail..").check(moduleOf(DevMailServer.class));
    }

    /** The compiled main classes of the module (jar or classes directory) that holds this class. */
    private static JavaClasses moduleOf(Class<?> member) {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            // a classes directory under `mvn test`, the module's jar under `mvn verify`
            if (!Files.isRegularFile(location)) {
                return new ClassFileImporter().importPath(location);
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return new ClassFileImporter().importJar(jar);
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyEventHasARevisionSoOldHistoryCanBeUpcast() {
        List<String> unversioned = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith("org.axonframework.eventhandling.EventHandler")
                        || m.isAnnotatedWith("org.axonframework.eventsourcing.EventSourcingHandler"))
                .filter(m -> !m.getRawParameterTypes().isEmpty())
                .map(m -> m.getRawParameterTypes().get(0))
                .filter(type -> type.getPackageName().startsWith("dk.kantinekort.api") && !type.isInterface())
                .filter(type -> !type.isAnnotatedWith("org.axonframework.serialization.Revision"))
                .map(JavaClass::getName).distinct().sorted().toList();
        assertThat(unversioned).as("events without @Revision").isEmpty();
    }

    @Test
    void onlyTheProviderPortTalksToTheProvidersHttpApi() {
        // the Nets Easy adapter is reached through the port PaymentProvider only; its configuration picks it
        noClasses().that().resideOutsideOfPackage("dk.kantinekort.command.payment.provider..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.command.payment.provider.nets..")
                .check(classes);
    }

    @Test
    void onlyThePaymentsContextAsksThePaymentProvider() {
        noClasses().that().resideOutsideOfPackage("dk.kantinekort.command.payment..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.command.payment.provider..")
                .check(classes);
    }

    @Test
    void theLedgerKnowsNothingOfPaymentsWhichSendsItCommands() {
        // accounts, orders and enrolments decide; the payments context asks the provider and tells them the outcome
        noClasses().that().resideInAPackage("dk.kantinekort.command..")
                .and().resideOutsideOfPackage("dk.kantinekort.command.payment..")
                .and().doNotHaveFullyQualifiedName("dk.kantinekort.command.CommandSideConfiguration")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.command.payment..")
                .check(classes);
    }

    @Test
    void commandHandlersDecideAndDoNotSendCommands() {
        // a flow of several steps is a process (an event handler or a payment process), never a handler that waits
        DescribedPredicate<JavaClass> handleCommands = new DescribedPredicate<>("handle commands") {
            @Override
            public boolean test(JavaClass type) {
                return type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(COMMAND_HANDLER))
                        || type.getConstructors().stream().anyMatch(c -> c.isAnnotatedWith(COMMAND_HANDLER));
            }
        };
        noClasses().that(handleCommands).should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.commandhandling.gateway.CommandGateway")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.CommandBus")
                .check(classes);
    }

    private static final String COMMAND_HANDLER = "org.axonframework.commandhandling.CommandHandler";
}
