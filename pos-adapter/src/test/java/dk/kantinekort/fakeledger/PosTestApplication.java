package dk.kantinekort.fakeledger;

import dk.kantinekort.pos.PosAdapterConfiguration;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The pos-adapter as the launcher runs it (a reactive context with gateways from elsewhere), with a
 * {@link FakeLedger} behind real Axon buses. A SimpleCommandBus runs handlers on the sending thread, which
 * makes the "never on an event loop" rule observable.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PosAdapterConfiguration.class)
public class PosTestApplication {

    @Bean
    FakeLedger fakeLedger() {
        return new FakeLedger();
    }

    @Bean
    FakeOfflineLedger fakeOfflineLedger() {
        return new FakeOfflineLedger();
    }

    @Bean
    SimpleCommandBus commandBus(FakeLedger fake, FakeOfflineLedger offline) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerDispatchInterceptor(messages -> (i, message) -> {
            fake.dispatched.add(message.getPayload());
            return message;
        });
        new AnnotationCommandHandlerAdapter<>(fake).subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(offline).subscribe(bus);
        return bus;
    }

    @Bean
    CommandGateway commandGateway(SimpleCommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    @Bean
    SimpleQueryBus queryBus(FakeLedger fake, FakeOfflineLedger offline) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        bus.registerDispatchInterceptor(messages -> (i, message) -> {
            fake.dispatched.add(message.getPayload());
            return message;
        });
        new AnnotationQueryHandlerAdapter<>(fake).subscribe(bus);
        new AnnotationQueryHandlerAdapter<>(offline).subscribe(bus);
        return bus;
    }

    @Bean
    QueryGateway queryGateway(SimpleQueryBus queryBus) {
        return DefaultQueryGateway.builder().queryBus(queryBus).build();
    }
}
