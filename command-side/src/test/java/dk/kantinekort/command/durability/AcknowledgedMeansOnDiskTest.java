package dk.kantinekort.command.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kantinekort.api.account.DepositMethod;
import dk.kantinekort.api.account.DepositMoney;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.citizen.AccountOpening;
import dk.kantinekort.api.citizen.Cpr;
import dk.kantinekort.api.citizen.OpenAccountForPerson;
import dk.kantinekort.api.money.Money;
import dk.kantinekort.command.CommandSideConfiguration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Acknowledged means on disk" (decision record 2): the event store is an H2 file written through
 * {@link ForceRecordingFileSystem}, which records the writes and the fsyncs ({@code FileChannel.force}); the
 * database connections record the writes each batch's commit had made. When a command's answer is delivered,
 * its batch's writes must already have been forced onto the disk.
 */
@SpringBootTest(classes = AcknowledgedMeansOnDiskTest.Boot.class, properties = "canteen.command-bus.workers=1")
class AcknowledgedMeansOnDiskTest {

    /**
     * The first write that can hold the last batch's commit: the one after those that had reached the file when the
     * commit returned (with H2's default write delay a commit stays in memory until the next chunk is written, and a
     * chunk holds everything committed before it began).
     */
    static final AtomicLong WRITES_AT_LAST_BATCH_COMMIT = new AtomicLong(-1);

    @DynamicPropertySource
    static void eventStoreThroughTheRecorder(DynamicPropertyRegistry registry) throws Exception {
        ForceRecordingFileSystem.register();
        Path dir = Files.createTempDirectory("forcerec");
        registry.add("spring.datasource.url", () -> "jdbc:h2:" + ForceRecordingFileSystem.SCHEME + ":"
                + dir.toAbsolutePath() + "/eventstore"); // H2's default write delay, as the embedded default runs it
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CommandSideConfiguration.class)
    static class Boot {

        /** Connections that note, after each commit of a command batch, how many writes had reached the file. */
        @Bean
        static BeanPostProcessor commitRecordingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? new CommitRecording(dataSource) : bean;
                }
            };
        }
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBus commandBus;

    @Test
    void aCommandIsAnsweredOnlyAfterTheCommitOfItsBatchIsForcedToDisk() throws Exception {
        String account = commands.<AccountOpening>sendAndWait(new OpenAccountForPerson(Cpr.parse("0101011234"),
                "Test", null, CardNumber.parse("7100000001"), Set.of())).accountId();
        long forcesBefore = ForceRecordingFileSystem.forces();

        List<String> notOnDisk = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CompletableFuture<String> answered = new CompletableFuture<>();
            commandBus.dispatch(GenericCommandMessage.asCommandMessage(new DepositMoney(account,
                    UUID.randomUUID().toString(), Money.ofOre(100), DepositMethod.CASH, null)), (command, result) -> {
                long committed = WRITES_AT_LAST_BATCH_COMMIT.get();
                long forced = ForceRecordingFileSystem.forcedUpTo();
                answered.complete(result.isExceptional() ? "failed: " + result.exceptionResult()
                        : forced >= committed ? null : "batch committed after write " + committed
                                + ", disk only up to write " + forced);
            });
            String problem = answered.get(10, TimeUnit.SECONDS);
            if (problem != null) {
                notOnDisk.add("deposit " + i + ": " + problem);
            }
        }

        assertThat(WRITES_AT_LAST_BATCH_COMMIT.get()).as("batch commits were recorded").isPositive();
        assertThat(notOnDisk).as("answers given before their batch was on disk").isEmpty();
        assertThat(ForceRecordingFileSystem.forces() - forcesBefore).as("one fsync per batch at least")
                .isGreaterThanOrEqualTo(20);
    }

    /** Wraps connections so that a commit on a command-batch thread records the writes that had reached the file. */
    static final class CommitRecording extends DelegatingDataSource {

        CommitRecording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection target = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        try {
                            Object result = method.invoke(target, args);
                            if (method.getName().equals("commit")
                                    && Thread.currentThread().getName().startsWith("command-batch")) {
                                WRITES_AT_LAST_BATCH_COMMIT.set(ForceRecordingFileSystem.writes() + 1);
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getTargetException();
                        }
                    });
        }
    }
}
