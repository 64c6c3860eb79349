package dk.kantinekort.command.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

class PaymentOrchestrationTest {

    @Test
    void exactlyTheCommandsThatStartAPaymentProcessRunOutsideTheBatches() throws Exception {
        Set<Class<?>> started = Stream.of("dk.kantinekort.command.payment.checkout.CheckoutEntry",
                        "dk.kantinekort.command.payment.reconciliation.ConfirmationEntry")
                .map(PaymentOrchestrationTest::load)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(Method::getParameterTypes).map(parameters -> parameters[0])
                .collect(Collectors.toSet());

        assertThat(started).isEqualTo(PaymentOrchestration.COMMANDS);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
