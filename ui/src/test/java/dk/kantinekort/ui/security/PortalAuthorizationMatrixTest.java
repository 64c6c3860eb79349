package dk.kantinekort.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import dk.kantinekort.ui.security.CurrentStaff.Role;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.testing.FakeStaff;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Issue 15, the portal half of the authorization matrix: every route in {@link Routes} (read by reflection, so a new
 * route without a row here fails) × {anonymous, owner, linked citizen, unrelated citizen, admin, auditor}, each cell's
 * answer written in {@link #EXPECTED}. A cell is decided by the portal's real rules, in the order Vaadin runs them:
 * the view's access annotations as Vaadin's {@link AccessAnnotationChecker} reads them (anonymous refused → the login
 * page; logged in but refused → "kan ikke vises", the access-denied page), then the citizens' and staff's guard
 * ({@code ui.citizen.login.LinkedIdentityGuard}: staff are sent to the back office from every citizen page).
 * Ids of other people in the address ({@code ?konto=}) are the subject of {@code PortalForeignIdsMatrixTest}.
 */
class PortalAuthorizationMatrixTest {

    /** What a visitor gets at a route. */
    enum Answer {
        /** The page opens. */
        SHOWN,
        /** Not logged in: Vaadin's access control sends the visitor to the login page. */
        LOGIN_REDIRECT,
        /** Logged in but refused by the page's roles: the access-denied page ("kan ikke vises"). */
        FORBIDDEN,
        /** Staff on a citizen page: forwarded to the back office's start. */
        TO_BACKOFFICE
    }

    enum Visitor { ANONYMOUS, OWNER, LINKED, UNRELATED, ADMIN, AUDITOR }

    private static final Answer S = Answer.SHOWN;
    private static final Answer L = Answer.LOGIN_REDIRECT;
    private static final Answer F = Answer.FORBIDDEN;
    private static final Answer B = Answer.TO_BACKOFFICE;

    /** route constant → answers for ANONYMOUS, OWNER, LINKED, UNRELATED, ADMIN, AUDITOR. */
    private static final Map<String, List<Answer>> EXPECTED = new LinkedHashMap<>();

    static {
        // citizens' portal: public pages
        row("LOGIN", S, S, S, S, S, S);
        row("HELP", S, S, S, S, S, S);
        row("TERMS", S, S, S, S, S, S);
        row("ACCESSIBILITY", S, S, S, S, S, S);
        row("VERIFY_STATEMENT", S, S, S, S, S, S);
        // citizens' portal: pages that act for a citizen (staff are kept to the back office)
        row("MY_ACCOUNTS", L, S, S, S, B, B);
        row("CPR", L, S, S, S, B, B);
        row("ADD_ACCOUNT", L, S, S, S, B, B);
        row("APPROVE_LINKS", L, S, S, S, B, B);
        row("PAYMENTS", L, S, S, S, B, B);
        row("PAYMENT_RECEIPT", L, S, S, S, B, B);
        row("AUTO_TOP_UP_RETURN", L, S, S, S, B, B);
        row("SUBSCRIPTIONS", L, S, S, S, B, B);
        row("ENROLMENT_RETURN", L, S, S, S, B, B);
        row("WEBSHOP", L, S, S, S, B, B);
        row("WEBSHOP_ORDERS", L, S, S, S, B, B);
        row("WEBSHOP_ORDER", L, S, S, S, B, B);
        row("WEBSHOP_PAYMENT_RETURN", L, S, S, S, B, B);
        row("PROFILE", L, S, S, S, B, B);
        row("STATEMENT", L, S, S, S, B, B);
        row("NOTICES", L, S, S, S, B, B);
        row("SPENDING_RULES", L, S, S, S, B, B);
        // the back office: staff only
        row("BACKOFFICE", L, F, F, F, S, S);
        row("BACKOFFICE_PAYOUTS", L, F, F, F, S, F);
        row("BACKOFFICE_DISPUTES", L, F, F, F, S, F);
        row("BACKOFFICE_CARD_ORDERS", L, F, F, F, S, F);
        row("BACKOFFICE_RECONCILIATION", L, F, F, F, S, F);
        row("BACKOFFICE_BOOKKEEPING", L, F, F, F, S, F);
        row("BACKOFFICE_SETTLEMENT", L, F, F, F, S, F);
        row("BACKOFFICE_SUPPORT", L, F, F, F, S, F);
        row("BACKOFFICE_PLACES", L, F, F, F, S, F);
        row("BACKOFFICE_CATALOGUE", L, F, F, F, S, F);
        row("BACKOFFICE_SETTINGS", L, F, F, F, S, F);
        row("BACKOFFICE_DEAD_LETTERS", L, F, F, F, S, F);
        row("BACKOFFICE_AUDIT", L, F, F, F, F, S);
        row("BACKOFFICE_LOOKUPS", L, F, F, F, F, S);
        row("BACKOFFICE_SCHOOL_YEAR", L, F, F, F, S, F);
    }

    private static void row(String constant, Answer... answers) {
        EXPECTED.put(constant, List.of(answers));
    }

    @Test
    void everyRouteOfThePortalHasARowInTheMatrix() {
        assertThat(routeConstants().keySet()).as("routes in ui.shell.Routes; add a row to EXPECTED for a new one")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyRouteIsServedByExactlyOnePage() {
        Map<String, Class<?>> pages = pagesByPath();
        routeConstants().forEach((constant, path) ->
                assertThat(pages).as("a page with @Route(\"%s\") for Routes.%s", path, constant).containsKey(path));
        assertThat(new TreeSet<>(routeConstants().values())).as("every @Route is a Routes constant")
                .containsAll(pages.keySet());
    }

    @Test
    void everyVisitorGetsTheAnswerWrittenInTheMatrixAtEveryRoute() throws Exception {
        Map<String, Class<?>> pages = pagesByPath();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, String> route : routeConstants().entrySet()) {
            Class<?> page = pages.get(route.getValue());
            for (Visitor visitor : Visitor.values()) {
                Answer expected = EXPECTED.get(route.getKey()).get(visitor.ordinal());
                Answer actual = answer(page, visitor);
                cells++;
                if (expected != actual) {
                    wrong.add(route.getKey() + " (/" + route.getValue() + ", " + page.getSimpleName() + ") as "
                            + visitor + ": expected " + expected + ", was " + actual);
                }
            }
        }
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
        assertThat(cells).isEqualTo(EXPECTED.size() * Visitor.values().length);
    }

    /** The portal's rules for one visitor at one page, in the order Vaadin applies them. */
    private static Answer answer(Class<?> page, Visitor visitor) throws Exception {
        Set<String> roles = switch (visitor) {
            case ADMIN -> Set.of(Role.ADMIN.name());
            case AUDITOR -> Set.of(Role.AUDITOR.name());
            default -> Set.of();
        };
        Principal principal = visitor == Visitor.ANONYMOUS ? null : () -> "subject-of-" + visitor;
        boolean allowed = new AccessAnnotationChecker().hasAccess(page, principal, roles::contains);
        if (!allowed) {
            return principal == null ? Answer.LOGIN_REDIRECT : Answer.FORBIDDEN;
        }
        Optional<Object> forward = guardForward(page, visitor);
        if (forward.isEmpty()) {
            return Answer.SHOWN;
        }
        if (Routes.BACKOFFICE.equals(forward.get())) {
            return Answer.TO_BACKOFFICE;
        }
        throw new AssertionError(page.getSimpleName() + " as " + visitor + " forwarded to " + forward.get());
    }

    /** Runs the real LinkedIdentityGuard on a navigation to the page; where it forwards, if anywhere. */
    private static Optional<Object> guardForward(Class<?> page, Visitor visitor) throws Exception {
        FakeStaff staff = new FakeStaff();
        CurrentCitizen citizen = mock(CurrentCitizen.class);
        switch (visitor) {
            case ADMIN -> staff.logIn("admin", Role.ADMIN);
            case AUDITOR -> staff.logIn("revisor", Role.AUDITOR);
            case ANONYMOUS -> {
                doReturn(Optional.empty()).when(citizen).subject();
                doReturn(Optional.empty()).when(citizen).citizenId();
            }
            default -> { // a citizen whose login is linked to a CPR number
                doReturn(Optional.of("subject-of-" + visitor)).when(citizen).subject();
                doReturn(Optional.of("citizen-" + visitor)).when(citizen).citizenId();
            }
        }
        Class<?> guardClass = Class.forName("dk.kantinekort.ui.citizen.login.LinkedIdentityGuard");
        Constructor<?> constructor = guardClass.getDeclaredConstructor(CurrentCitizen.class, CurrentStaff.class);
        constructor.setAccessible(true);
        Object guard = constructor.newInstance(citizen, staff);
        Method beforeEnter = guardClass.getDeclaredMethod("beforeEnter", BeforeEnterEvent.class);
        beforeEnter.setAccessible(true);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        doReturn(page).when(event).getNavigationTarget();
        beforeEnter.invoke(guard, event);
        for (Invocation call : mockingDetails(event).getInvocations()) {
            if (call.getMethod().getName().equals("forwardTo") || call.getMethod().getName().equals("rerouteTo")) {
                Object target = call.getArgument(0);
                if (target instanceof Class<?> view) {
                    return Optional.of(pathOf(view));
                }
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    /** Every {@code public static final String} of {@link Routes}: constant name → path. */
    private static Map<String, String> routeConstants() {
        Map<String, String> routes = new LinkedHashMap<>();
        for (Field field : Routes.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && field.getType() == String.class) {
                try {
                    routes.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return routes;
    }

    /** The ui module's pages by their {@code @Route} path (and aliases), found on the class path. */
    private static Map<String, Class<?>> pagesByPath() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> pages = new HashMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dk.kantinekort.ui")) {
            Class<?> page;
            try {
                page = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (page.getName().contains(".testing.") || page.getName().endsWith("Test")
                    || page.getEnclosingClass() != null) {
                continue; // stand-in pages of the tests
            }
            Class<?> previous = pages.put(pathOf(page), page);
            assertThat(previous).as("two pages at /" + pathOf(page)).isNull();
            for (RouteAlias alias : page.getAnnotationsByType(RouteAlias.class)) {
                pages.putIfAbsent(alias.value(), page);
            }
        }
        return pages;
    }

    private static String pathOf(Class<?> page) {
        Route route = page.getAnnotation(Route.class);
        return route == null ? page.getName() : route.value();
    }
}
