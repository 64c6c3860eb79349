package dk.kantinekort.command;

import dk.kantinekort.api.meta.Metadata;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Puts the request's correlation id into the log context while a command is handled (F22). */
@Component
class CorrelationIdLogging implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(Metadata.CORRELATION_ID);
        if (correlationId == null) {
            return chain.proceed();
        }
        String previous = MDC.get(Metadata.CORRELATION_ID);
        MDC.put(Metadata.CORRELATION_ID, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(Metadata.CORRELATION_ID);
            } else {
                MDC.put(Metadata.CORRELATION_ID, previous);
            }
        }
    }
}
