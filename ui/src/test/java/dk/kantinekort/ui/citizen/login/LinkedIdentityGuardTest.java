package dk.kantinekort.ui.citizen.login;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.kantinekort.ui.shell.Routes;
import dk.kantinekort.ui.security.CurrentCitizen;
import dk.kantinekort.ui.security.CurrentStaff;
import dk.kantinekort.ui.citizen.layout.AccessDeniedView;
import dk.kantinekort.ui.testing.FakeStaff;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkedIdentityGuardTest {

    private final CurrentCitizen currentCitizen = mock(CurrentCitizen.class);
    private final FakeStaff staff = new FakeStaff();
    private final LinkedIdentityGuard guard = new LinkedIdentityGuard(currentCitizen, staff);

    static class ProtectedPage extends Div {
    }

    @AnonymousAllowed
    static class PublicPage extends Div {
    }

    @RolesAllowed("ADMIN")
    static class StaffPage extends Div {
    }

    @Test
    void staffNeverSeeTheCprStepAndCitizenPagesSendThemToTheBackOffice() {
        when(currentCitizen.subject()).thenReturn(Optional.of("subject-admin"));
        staff.logIn("admin", CurrentStaff.Role.ADMIN);
        BeforeEnterEvent toCitizenPage = navigatingTo(ProtectedPage.class);
        BeforeEnterEvent toCpr = navigatingTo(CprView.class);

        guard.beforeEnter(toCitizenPage);
        guard.beforeEnter(toCpr);

        verify(toCitizenPage).forwardTo(Routes.BACKOFFICE);
        verify(toCpr).forwardTo(Routes.BACKOFFICE);
        verify(currentCitizen, never()).citizenId();
    }

    @Test
    void staffRefusedAPageOfTheOtherRoleSeeTheRefusalRatherThanAnotherPage() {
        staff.logIn("admin", CurrentStaff.Role.ADMIN);
        BeforeEnterEvent refused = navigatingTo(AccessDeniedView.class);

        guard.beforeEnter(refused);

        verify(refused, never()).forwardTo(any(String.class));
    }

    @Test
    void staffPagesOpenToStaffAndAreLeftToTheAccessCheckForEverybodyElse() {
        staff.logIn("admin", CurrentStaff.Role.ADMIN);
        BeforeEnterEvent asStaff = navigatingTo(StaffPage.class);
        guard.beforeEnter(asStaff);
        verify(asStaff, never()).forwardTo(any(String.class));

        staff.logOut();
        loggedIn(Optional.empty());
        BeforeEnterEvent asUnlinkedCitizen = navigatingTo(StaffPage.class);
        guard.beforeEnter(asUnlinkedCitizen);
        verify(asUnlinkedCitizen, never()).forwardTo(any(Class.class));
    }

    @Test
    void anUnlinkedIdentityIsSentToTheCprPageFromEveryProtectedPage() {
        loggedIn(Optional.empty());
        BeforeEnterEvent event = navigatingTo(ProtectedPage.class);

        guard.beforeEnter(event);

        verify(event).forwardTo(CprView.class);
    }

    @Test
    void aLinkedCitizenGoesWhereverTheyWereGoing() {
        loggedIn(Optional.of("citizen-1"));
        BeforeEnterEvent event = navigatingTo(ProtectedPage.class);

        guard.beforeEnter(event);

        verify(event, never()).forwardTo(any(Class.class));
    }

    @Test
    void publicPagesAndTheCprPageItselfStayOpenToAnUnlinkedIdentity() {
        loggedIn(Optional.empty());
        BeforeEnterEvent toPublic = navigatingTo(PublicPage.class);
        BeforeEnterEvent toCpr = navigatingTo(CprView.class);

        guard.beforeEnter(toPublic);
        guard.beforeEnter(toCpr);

        verify(toPublic, never()).forwardTo(any(Class.class));
        verify(toCpr, never()).forwardTo(any(Class.class));
    }

    @Test
    void strangersAreLeftToTheLoginCheck() {
        when(currentCitizen.subject()).thenReturn(Optional.empty());
        BeforeEnterEvent event = navigatingTo(ProtectedPage.class);

        guard.beforeEnter(event);

        verify(event, never()).forwardTo(any(Class.class));
        verify(currentCitizen, never()).citizenId();
    }

    private void loggedIn(Optional<String> citizenId) {
        when(currentCitizen.subject()).thenReturn(Optional.of("subject-1"));
        when(currentCitizen.citizenId()).thenReturn(citizenId);
    }

    private static BeforeEnterEvent navigatingTo(Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        doReturn(target).when(event).getNavigationTarget();
        return event;
    }
}
