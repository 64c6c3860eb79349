package dk.kantinekort.command;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.RejectionCode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A command for an account that does not exist is a rejection like any other, with a code that travels to
 * clients in other processes; Axon's own exception would reach them as an anonymous failure.
 */
@Component
class MissingAggregateTranslator implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException e) {
            throw new RejectedException(RejectionCode.ACCOUNT_NOT_FOUND, "No account " + e.getAggregateIdentifier());
        }
    }
}
