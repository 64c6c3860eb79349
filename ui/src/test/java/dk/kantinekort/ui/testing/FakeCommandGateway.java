package dk.kantinekort.ui.testing;

import dk.kantinekort.api.lookup.RecordStaffLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** The command side as a table of answers per command type; it records every command it was sent. */
public class FakeCommandGateway implements CommandGateway {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();
    private final List<Object> sent = new ArrayList<>();
    private final List<Map<String, ?>> metaData = new ArrayList<>();

    /** Handles every command of this type with {@code answer}; a thrown RejectedException is the refusal. */
    @SuppressWarnings("unchecked")
    public <C> FakeCommandGateway answer(Class<C> type, Function<C, ?> answer) {
        answers.put(type, command -> answer.apply((C) command));
        return this;
    }

    /**
     * The payloads sent so far, oldest first; the records of staff look-ups (issue 15), which every search now sends
     * first, only through {@code sent(RecordStaffLookup.class)}.
     */
    public List<Object> sent() {
        return sent.stream().filter(command -> !(command instanceof RecordStaffLookup)).toList();
    }

    /** The commands of this type sent so far. */
    public <C> List<C> sent(Class<C> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The metadata each command was sent with (empty for bare payloads), in the order of {@link #sent()}. */
    public List<Map<String, ?>> metaData() {
        return metaData(command -> !(command instanceof RecordStaffLookup));
    }

    /** The metadata of each command of this type, oldest first. */
    public List<Map<String, ?>> metaData(Class<?> type) {
        return metaData(type::isInstance);
    }

    private List<Map<String, ?>> metaData(java.util.function.Predicate<Object> which) {
        List<Map<String, ?>> found = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (which.test(sent.get(i))) {
                found.add(metaData.get(i));
            }
        }
        return found;
    }

    public void reset() {
        answers.clear();
        sent.clear();
        metaData.clear();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> send(Object command) {
        Object payload = command instanceof CommandMessage<?> message ? message.getPayload() : command;
        sent.add(payload);
        metaData.add(command instanceof CommandMessage<?> message ? Map.copyOf(message.getMetaData()) : Map.of());
        Function<Object, Object> answer = answers.get(payload.getClass());
        if (answer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No handler for " + payload));
        }
        try {
            return CompletableFuture.completedFuture((R) answer.apply(payload));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <R> R sendAndWait(Object command) {
        return this.<R>send(command).join();
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return this.<R>send(command).join();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return () -> true;
    }
}
