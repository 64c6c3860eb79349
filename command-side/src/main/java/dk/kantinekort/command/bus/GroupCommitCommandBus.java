package dk.kantinekort.command.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.common.Registration;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A command bus that commits many commands in one database transaction (group commit).
 *
 * <p>Why: the event store's database writes one commit at a time; with one transaction per purchase the
 * tills wait in line for the disk. Here each of a few workers takes whatever commands have queued up, runs
 * each in its own nested unit of work inside one root unit of work and one transaction, commits once, and
 * only then answers the callers — so an answer still means "durably stored".
 *
 * <p>Commands are spread over the workers by routing key (the card or account), so commands for one account
 * meet in one worker. A command that fails is answered with its failure and the rest of the batch is run
 * again without it; if the commit itself fails, every command of the batch is run again alone. A failing
 * command therefore never takes others down with it.
 *
 * <p>A command that finds its aggregate locked by the other worker's batch while that batch waits for one this batch
 * holds (Axon's {@link DeadlockException}: e.g. two purchases on the same hot cards, a lunch queue, routed to both
 * workers) has done nothing wrong: it is run again alone once this batch has committed and let go of its locks, and
 * answered with what that run says, never with the deadlock.
 *
 * <p>Every command goes through the batches: no handler calls another system or waits for another command (the
 * payment flows are event-driven processes, decision record 11), so there is no lane around them.
 */
public class GroupCommitCommandBus implements CommandBus, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitCommandBus.class);
    /** Beyond this many failing commands in one batch, running them one by one is cheaper than retrying. */
    private static final int MAX_FAILURES_PER_BATCH = 8;

    private final SimpleCommandBus delegate;
    private final TransactionManager transactionManager;
    private final RoutingStrategy routing = AnnotationRoutingStrategy.defaultStrategy();
    private final int maxBatchSize;
    private final List<Worker> workers = new ArrayList<>();
    private volatile boolean running;
    /** Answers callers off the workers: a caller's continuation (e.g. writing the HTTP answer) must not delay the next batch. */
    private final ExecutorService answers = Executors.newFixedThreadPool(2,
            r -> {
                Thread t = new Thread(r, "command-answers");
                t.setDaemon(true);
                return t;
            });
    private final LongAdder transactions = new LongAdder();
    private final LongAdder committedCommands = new LongAdder();

    /**
     * @param delegate           holds the handlers and interceptors; must run without a transaction manager of its own
     * @param transactionManager opens one transaction per batch
     */
    public GroupCommitCommandBus(SimpleCommandBus delegate, TransactionManager transactionManager, int workerCount,
                                 int maxBatchSize) {
        this.delegate = delegate;
        this.transactionManager = transactionManager;
        this.maxBatchSize = maxBatchSize;
        for (int i = 0; i < workerCount; i++) {
            workers.add(new Worker("command-batch-" + i));
        }
        start();
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, (c, r) -> {
            if (r.isExceptional()) {
                log.warn("Command {} failed", c.getCommandName(), r.exceptionResult());
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (!running) {
            callback.onResult(command, GenericCommandResultMessage.asCommandResultMessage(
                    new IllegalStateException("The command bus is shut down")));
            return;
        }
        Worker worker = workers.get(Math.floorMod(routing.getRoutingKey(command).hashCode(), workers.size()));
        worker.queue.add(new Pending((CommandMessage<Object>) command, (CommandCallback<Object, Object>) callback));
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return delegate.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    /** How many transactions committed commands so far. */
    public long transactionsCommitted() {
        return transactions.sum();
    }

    /** How many commands were committed so far; divided by {@link #transactionsCommitted()}, the mean batch size. */
    public long commandsCommitted() {
        return committedCommands.sum();
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            workers.forEach(Worker::start);
        }
    }

    @Override
    public synchronized void stop() {
        // No interrupts: an interrupt during H2 file I/O can close the event store. Workers finish what is
        // queued and then see that the bus stopped.
        running = false;
        for (Worker worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop late, after everything that sends commands has stopped. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private record Pending(CommandMessage<Object> command, CommandCallback<Object, Object> callback) {
    }

    private final class Worker extends Thread {

        private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

        Worker(String name) {
            super(name);
            setDaemon(true);
        }

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>(maxBatchSize);
            while (running || !queue.isEmpty()) {
                try {
                    Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, maxBatchSize - 1);
                    if (batch.size() == 1 || !runTogether(batch)) {
                        batch.forEach(this::runAlone);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    drainRejecting();
                    return;
                } catch (RuntimeException | Error e) {
                    log.error("Command batch failed unexpectedly", e);
                    batch.forEach(p -> p.callback().onResult(p.command(),
                            GenericCommandResultMessage.asCommandResultMessage(e)));
                } finally {
                    batch.clear();
                }
            }
        }

        /**
         * Runs the batch in one transaction. A command that fails is answered with its failure and the batch is
         * run again without it: it saw exactly the commands before it, so this is still a valid order. Returns
         * false, with nothing committed, when the commit itself fails or too many commands fail.
         */
        private boolean runTogether(List<Pending> batch) {
            List<Pending> remaining = new ArrayList<>(batch);
            List<Pending> failed = new ArrayList<>();
            List<CommandResultMessage<?>> failures = new ArrayList<>();
            List<Pending> againAlone = new ArrayList<>();
            while (!remaining.isEmpty()) {
                List<CommandResultMessage<?>> results = new ArrayList<>(remaining.size());
                UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(remaining.get(0).command());
                try {
                    root.attachTransaction(transactionManager);
                    Pending failing = null;
                    for (Pending pending : remaining) {
                        CommandResultMessage<?> result = handle(pending);
                        if (result.isExceptional()) {
                            failing = pending;
                            if (isDeadlock(result.exceptionResult())) {
                                againAlone.add(pending);
                            } else {
                                failed.add(pending);
                                failures.add(result);
                            }
                            break;
                        }
                        results.add(result);
                    }
                    if (failing != null) {
                        root.rollback();
                        remaining.remove(failing);
                        if (failed.size() + againAlone.size() > MAX_FAILURES_PER_BATCH) {
                            return false;
                        }
                        continue;
                    }
                    root.commit();
                } catch (RuntimeException e) {
                    rollbackIfOpen(root, e);
                    log.debug("Batch of {} commands rolled back; running them one by one", batch.size(), e);
                    return false;
                }
                transactions.increment();
                committedCommands.add(remaining.size());
                for (int i = 0; i < remaining.size(); i++) {
                    answer(remaining.get(i), results.get(i));
                }
                break;
            }
            for (int i = 0; i < failed.size(); i++) {
                answer(failed.get(i), failures.get(i));
            }
            againAlone.forEach(this::runAlone); // this batch's locks are gone: only the other worker's can hold it up
            return true;
        }

        private static boolean isDeadlock(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof DeadlockException) {
                    return true;
                }
            }
            return false;
        }

        private CommandResultMessage<?> handle(Pending pending) {
            CommandResultMessage<?>[] result = new CommandResultMessage<?>[1];
            delegate.dispatch(pending.command(), (c, r) -> result[0] = r);
            return result[0] != null ? result[0] : GenericCommandResultMessage.asCommandResultMessage(
                    new IllegalStateException("The command handler gave no result"));
        }

        private void runAlone(Pending pending) {
            CommandResultMessage<?> result;
            UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(pending.command());
            try {
                root.attachTransaction(transactionManager);
                result = handle(pending);
                if (result.isExceptional()) {
                    root.rollback();
                } else {
                    root.commit();
                    transactions.increment();
                    committedCommands.increment();
                }
            } catch (RuntimeException e) {
                rollbackIfOpen(root, e);
                result = GenericCommandResultMessage.asCommandResultMessage(e);
            }
            answer(pending, result);
        }

        private void answer(Pending pending, CommandResultMessage<?> result) {
            answers.execute(() -> pending.callback().onResult(pending.command(), result));
        }

        private static void rollbackIfOpen(UnitOfWork<?> root, RuntimeException cause) {
            if (root.phase() == UnitOfWork.Phase.STARTED) {
                root.rollback(cause);
            }
        }

        private void drainRejecting() {
            Pending p;
            while ((p = queue.poll()) != null) {
                p.callback().onResult(p.command(), GenericCommandResultMessage.asCommandResultMessage(
                        new IllegalStateException("The command bus is shut down")));
            }
        }
    }
}
