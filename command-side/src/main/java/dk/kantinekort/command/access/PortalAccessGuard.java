package dk.kantinekort.command.access;

import static dk.kantinekort.api.error.RejectionCode.ACCESS_DENIED;

import dk.kantinekort.api.access.AccountScoped;
import dk.kantinekort.api.access.ActingCitizen;
import dk.kantinekort.api.access.CitizenScoped;
import dk.kantinekort.api.access.PortalSignal;
import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.identity.LinkIdentity;
import dk.kantinekort.api.meta.Metadata;
import dk.kantinekort.command.citizen.CitizenDirectory;
import dk.kantinekort.command.relation.RelationDirectory;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The server-side access check of the portal: a command from the PORTAL channel runs only when its actor —
 * the logged-in citizen — may act on the account or person it names (own, or through an active link). The
 * check reads the command side's consistent look-ups, so an id changed in a URL or request changes nothing.
 * Portal commands of any other kind are refused.
 */
@Component
class PortalAccessGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String CITIZEN = Metadata.citizen("");

    private final CitizenDirectory citizens;
    private final RelationDirectory relations;

    PortalAccessGuard(CitizenDirectory citizens, RelationDirectory relations) {
        this.citizens = citizens;
        this.relations = relations;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (Metadata.Channel.PORTAL.name().equals(command.getMetaData().get(Metadata.CHANNEL))) {
            String actor = String.valueOf(command.getMetaData().get(Metadata.ACTOR));
            if (!allowed(actor, command.getPayload())) {
                throw new RejectedException(ACCESS_DENIED, "The citizen may not act on " + command.getCommandName());
            }
        }
        return chain.proceed();
    }

    private boolean allowed(String actor, Object command) {
        if (command instanceof LinkIdentity link) {
            return link.subject() != null && actor.equals(Metadata.identity(link.subject()));
        }
        Optional<String> citizen = actor.startsWith(CITIZEN)
                ? Optional.of(actor.substring(CITIZEN.length())) : Optional.empty();
        if (citizen.isEmpty()) {
            return false;
        }
        String acting = citizen.get();
        if (command instanceof PortalSignal) {
            return true;
        }
        if (command instanceof ActingCitizen own) {
            return acting.equals(own.actingCitizenId());
        }
        if (command instanceof CitizenScoped person) {
            return relations.mayActFor(acting, person.citizenId());
        }
        if (command instanceof AccountScoped account) {
            return citizens.ownerOf(account.accountId()).filter(owner -> relations.mayActFor(acting, owner)).isPresent();
        }
        return false;
    }
}
