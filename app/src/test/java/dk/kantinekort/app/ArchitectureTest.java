package dk.kantinekort.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
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
        // it runs in its own JVM with its own auto-configurations (ContextRole.IDP)
        noClasses().that().resideInAPackage("dk.kantinekort.app.idp..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.api..", "dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.pos..", "dk.kantinekort.ui..", "org.axonframework..",
                        "com.vaadin..", "com.mongodb..")
                .check(classes);
    }

    @Test
    void thePaymentSimulatorKnowsNothingOfTheLedgerOrSpring() {
        // it stands in for an outside provider: it may only be reached through the provider's protocol
        noClasses().that().resideInAPackage("dk.kantinekort.app.psp..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.api..", "dk.kantinekort.command..",
                        "dk.kantinekort.query..", "dk.kantinekort.pos..", "dk.kantinekort.ui..", "org.axonframework..",
                        "com.vaadin..", "org.springframework..")
                .check(classes);
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
}
