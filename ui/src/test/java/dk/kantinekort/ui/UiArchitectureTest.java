package dk.kantinekort.ui;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import dk.kantinekort.ui.shell.Routes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the ui module: two applications, the citizens' portal ({@code ui.citizen.<feature>}) and the staff's
 * back office ({@code ui.staff.<feature>}), over a shared shell ({@code ui.shell}) and one login ({@code ui.security}).
 */
class UiArchitectureTest {

    /** Danish words that belong in routes and bundles, never in a class name. */
    private static final List<String> DANISH_WORDS = List.of("Konti", "Konto", "Kort", "Tilfoej", "Indbetaling",
            "Bestilling", "Udbetaling", "Abonnement", "Kvittering", "Hjaelp", "Brugeroplysninger", "Kontoudskrift",
            "Afstemning", "Godkend", "Tilknytning", "Tilmelding", "Optankning", "Steder", "Katalog", "Indstilling",
            "Hvem", "Mine");

    static JavaClasses main;
    static JavaClasses all;

    @BeforeAll
    static void importUi() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kantinekort.ui");
        all = new ClassFileImporter().importPackages("dk.kantinekort.ui");
    }

    @Test
    void citizenPagesDoNotDependOnTheBackOffice() {
        noClasses().that().resideInAPackage("dk.kantinekort.ui.citizen..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.ui.staff..")
                .check(main);
    }

    @Test
    void backOfficePagesDoNotDependOnTheCitizensPortal() {
        noClasses().that().resideInAPackage("dk.kantinekort.ui.staff..")
                .should().dependOnClassesThat().resideInAPackage("dk.kantinekort.ui.citizen..")
                .check(main);
    }

    @Test
    void theShellAndTheSecuritySetUpServeBothAreasAndKnowNeither() {
        noClasses().that().resideInAnyPackage("dk.kantinekort.ui.shell..", "dk.kantinekort.ui.security..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.kantinekort.ui.citizen..",
                        "dk.kantinekort.ui.staff..")
                .check(main);
    }

    @Test
    void noSecurityClassDependsOnAPage() {
        DescribedPredicate<JavaClass> page = DescribedPredicate.describe("a page or other component",
                c -> c.isAnnotatedWith(Route.class) || c.isAssignableTo(Component.class));
        noClasses().that().resideInAPackage("dk.kantinekort.ui.security..")
                .should().dependOnClassesThat(are(page))
                .check(main);
    }

    @Test
    void pagesSendCommandsOnlyThroughTheCommandSender() {
        // PortalCommands, StaffCommands, the audit page and the provider's webhooks hand the gateway to the
        // CommandSender; nothing calls it directly
        noClasses().that().resideInAPackage("dk.kantinekort.ui..")
                .should().callMethodWhere(DescribedPredicate.describe("a CommandGateway's send",
                        call -> call.getTarget().getOwner().isAssignableTo(CommandGateway.class)
                                && call.getTarget().getName().startsWith("send")))
                .check(main);
    }

    @Test
    void noClassNameUnderUiHasADanishWord() {
        List<String> danish = all.stream()
                .filter(c -> DANISH_WORDS.stream().anyMatch(word -> c.getSimpleName().contains(word)))
                .map(JavaClass::getName).sorted().toList();
        assertThat(danish).as("classes named in Danish (Danish belongs in routes and bundles)").isEmpty();
    }

    @Test
    void everyRouteIsOneOfTheRoutesConstants() throws IllegalAccessException {
        Set<String> constants = routeConstants();
        Map<String, String> routeOfView = main.stream().filter(c -> c.isAnnotatedWith(Route.class))
                .collect(Collectors.toMap(JavaClass::getName, c -> c.reflect().getAnnotation(Route.class).value()));
        assertThat(routeOfView).isNotEmpty();
        assertThat(routeOfView).allSatisfy((view, route) -> assertThat(constants).as("route of %s", view)
                .contains(route));
    }

    @Test
    void everyRoutesConstantIsTheRouteOfExactlyOnePage() throws IllegalAccessException {
        Map<String, Long> viewsPerRoute = main.stream().filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> c.reflect().getAnnotation(Route.class).value())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(routeConstants()).allSatisfy(route -> assertThat(viewsPerRoute.get(route))
                .as("pages with the route \"%s\"", route).isEqualTo(1L));
    }

    private static Set<String> routeConstants() throws IllegalAccessException {
        Set<String> values = new java.util.HashSet<>();
        for (Field field : Routes.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        assertThat(values).hasSize((int) Arrays.stream(Routes.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers())).count());
        return values;
    }
}
