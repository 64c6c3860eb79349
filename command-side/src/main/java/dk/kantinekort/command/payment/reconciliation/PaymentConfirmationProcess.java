package dk.kantinekort.command.payment.reconciliation;

import dk.kantinekort.api.error.RejectedException;
import dk.kantinekort.api.error.Rejection;
import dk.kantinekort.api.error.RejectionCode;
import dk.kantinekort.api.payment.PaymentSignalled;
import dk.kantinekort.command.payment.PaymentProcesses;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The process manager of a payment's confirmation (tracking processor {@value PaymentProcesses#CONFIRMATIONS}): for
 * each recorded signal it asks the provider and settles, activates or declines ({@link PaymentConfirmation}). When the
 * provider does not answer, the signal is kept and tried again with the processor's back-off (reconciliation would
 * find it later too); a ledger refusal (closed meanwhile) ends it.
 */
@Component
@ProcessingGroup(PaymentProcesses.CONFIRMATIONS)
class PaymentConfirmationProcess {

    private static final Logger log = LoggerFactory.getLogger(PaymentConfirmationProcess.class);

    private final PaymentConfirmation confirmation;

    PaymentConfirmationProcess(PaymentConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @EventHandler
    void on(PaymentSignalled event) {
        try {
            if (event.declined() == null) {
                confirmation.confirm(event.paymentId());
            } else {
                confirmation.decline(event.paymentId(), event.declined());
            }
        } catch (CommandExecutionException e) {
            RejectionCode code = RejectedException.rejectionOf(e).map(Rejection::code).orElse(null);
            if (code == null || code == RejectionCode.PAYMENT_PROVIDER_UNAVAILABLE) {
                throw e;
            }
            log.info("Payment signal for {} ended: {}", event.paymentId(), code);
        }
    }
}
