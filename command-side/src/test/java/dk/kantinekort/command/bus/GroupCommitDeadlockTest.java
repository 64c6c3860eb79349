package dk.kantinekort.command.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.transaction.NoTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A command that meets a lock the other worker's batch holds (Axon's deadlock detection: two purchases on the same hot
 * cards in both workers' batches) is run again alone, after its batch let go of its locks, and answered with that run:
 * a till never sees the deadlock as a failure.
 */
class GroupCommitDeadlockTest {

    private GroupCommitCommandBus bus;

    @AfterEach
    void stop() {
        bus.stop();
    }

    @Test
    void aCommandThatMetADeadlockInItsBatchIsRunAgainAloneAndAnsweredWithThatRun() throws Exception {
        SimpleCommandBus handlers = SimpleCommandBus.builder().build();
        CountDownLatch inGate = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        handlers.subscribe(String.class.getName(), message -> {
            String name = (String) message.getPayload();
            int run = runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            if (name.equals("gate")) {
                inGate.countDown();
                gate.await(10, TimeUnit.SECONDS); // holds the worker, so the next commands queue up as one batch
            }
            if (name.equals("hot") && run == 1) {
                throw new DeadlockException("An imminent deadlock was detected while attempting to acquire a lock");
            }
            return name + " done";
        });
        bus = new GroupCommitCommandBus(handlers, NoTransactionManager.INSTANCE, 1, 64);

        CompletableFuture<CommandResultMessage<?>> gated = send("gate");
        // the worker holds "gate" before the others are queued, so they are taken as one batch when it lets go
        assertThat(inGate.await(10, TimeUnit.SECONDS)).as("the worker took the gate").isTrue();
        CompletableFuture<CommandResultMessage<?>> before = send("before");
        CompletableFuture<CommandResultMessage<?>> hot = send("hot");
        CompletableFuture<CommandResultMessage<?>> after = send("after");
        gate.countDown();

        assertThat(gated.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("gate done");
        assertThat(before.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("before done");
        assertThat(after.get(10, TimeUnit.SECONDS).getPayload()).isEqualTo("after done");
        CommandResultMessage<?> hotAnswer = hot.get(10, TimeUnit.SECONDS);
        assertThat(hotAnswer.isExceptional()).as("answered with the deadlock: %s", hotAnswer).isFalse();
        assertThat(hotAnswer.getPayload()).isEqualTo("hot done");
        assertThat(runs.get("hot")).as("once in the batch, once alone").hasValue(2);
        assertThat(runs.get("before")).as("in the batch, and again in the batch without the deadlocked one").hasValue(2);
    }

    private CompletableFuture<CommandResultMessage<?>> send(String name) {
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        CommandMessage<String> command = GenericCommandMessage.asCommandMessage(name);
        bus.dispatch(command, (c, r) -> answer.complete(r));
        return answer;
    }
}
