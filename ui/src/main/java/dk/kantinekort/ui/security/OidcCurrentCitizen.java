package dk.kantinekort.ui.security;

import com.vaadin.flow.server.VaadinSession;
import dk.kantinekort.api.identity.FindCitizenByIdentity;
import dk.kantinekort.ui.security.CurrentCitizen;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The logged-in citizen: the subject of the OpenID Connect login, and the person it is linked to, asked from
 * the command side's identity look-up (FindCitizenByIdentity) and kept in the session once linked: a link
 * is never undone while logged in, and an unlinked identity is asked again until the CPR step links it.
 */
@Component
class OidcCurrentCitizen implements CurrentCitizen {

    private static final String LINKED = OidcCurrentCitizen.class.getName() + ".linked";
    private static final long TIMEOUT_SECONDS = 5;

    private final LoginIdentity loginIdentity;
    private final QueryGateway queryGateway;

    OidcCurrentCitizen(LoginIdentity loginIdentity, QueryGateway queryGateway) {
        this.loginIdentity = loginIdentity;
        this.queryGateway = queryGateway;
    }

    @Override
    public Optional<String> nameFromLogin() {
        return loginIdentity.current().map(LoginIdentity.Claims::name).filter(name -> !name.isBlank());
    }

    @Override
    public Optional<String> subject() {
        return loginIdentity.current().map(LoginIdentity.Claims::subject);
    }

    @Override
    public Optional<String> citizenId() {
        Optional<String> subject = subject();
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(LINKED) instanceof Link link && link.subject().equals(subject.get())) {
            return Optional.of(link.citizenId());
        }
        Optional<String> citizenId = Optional.ofNullable(ask(subject.get()));
        if (session != null) {
            citizenId.ifPresent(id -> session.setAttribute(LINKED, new Link(subject.get(), id)));
        }
        return citizenId;
    }

    private String ask(String subject) {
        try {
            return queryGateway.query(new FindCitizenByIdentity(subject), String.class)
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while looking up the login identity", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The login identity could not be looked up", e);
        }
    }

    /** Which person the session's identity is linked to; keyed by subject, so another login never inherits it. */
    private record Link(String subject, String citizenId) implements Serializable {
    }
}
