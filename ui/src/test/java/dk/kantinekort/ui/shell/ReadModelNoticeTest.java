package dk.kantinekort.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import dk.kantinekort.api.audit.FindReadModelStatus;
import dk.kantinekort.api.audit.ReadModelStatus;
import dk.kantinekort.ui.testing.FakeQueryGateway;
import dk.kantinekort.ui.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class ReadModelNoticeTest {

    private final FakeQueryGateway queries = new FakeQueryGateway();
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicReference<ReadModelStatus.State> state = new AtomicReference<>(ReadModelStatus.State.REBUILDING);
    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T10:00:00Z"));
    private final ReadModelNotice notice;

    ReadModelNoticeTest() {
        queries.answer(FindReadModelStatus.class, q -> {
            asked.incrementAndGet();
            return new ReadModelStatus(state.get(), null, null, null, null, List.of());
        });
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", clock);
        notice = new ReadModelNotice(queries, beans.getBeanProvider(Clock.class));
    }

    @Test
    void oneAnswerServesEveryPageForAFewSeconds() {
        assertThat(notice.rebuilding()).isTrue();
        state.set(ReadModelStatus.State.READY);
        clock.advance(ReadModelNotice.FRESH_FOR.minusMillis(1));

        assertThat(notice.rebuilding()).as("still the cached answer").isTrue();
        assertThat(asked).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(notice.rebuilding()).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aFailedQueryCountsAsNotRebuildingAndIsNotRepeatedAtOnce() {
        queries.answer(FindReadModelStatus.class, q -> {
            asked.incrementAndGet();
            throw new IllegalStateException("query side away (test)");
        });

        assertThat(notice.rebuilding()).isFalse();
        assertThat(notice.rebuilding()).isFalse();
        assertThat(asked).hasValue(1);
    }

    @Test
    void forgettingAsksAgainAtTheNextPage() {
        notice.rebuilding();
        notice.forget();
        notice.rebuilding();

        assertThat(asked).hasValue(2);
    }

}
