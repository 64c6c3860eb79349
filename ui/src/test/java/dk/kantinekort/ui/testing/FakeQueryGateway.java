package dk.kantinekort.ui.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.reactivestreams.Publisher;

/** The query side as a table of answers per query type; a query nobody answers fails like a missing handler. */
public class FakeQueryGateway implements QueryGateway {

    private final Map<Class<?>, Function<Object, Object>> answers = new HashMap<>();
    private final Map<Class<?>, Function<Object, Publisher<?>>> streams = new HashMap<>();

    /** Answers every query of this type with what {@code answer} makes of it. */
    @SuppressWarnings("unchecked")
    public <Q> FakeQueryGateway answer(Class<Q> type, Function<Q, ?> answer) {
        answers.put(type, query -> answer.apply((Q) query));
        return this;
    }

    /** Every query of this type fails, as when the query side is down. */
    public <Q> FakeQueryGateway fail(Class<Q> type) {
        answers.put(type, query -> {
            throw new IllegalStateException("query side unavailable (test)");
        });
        return this;
    }

    /** Answers every streaming query of this type with the publisher {@code answer} makes of it. */
    @SuppressWarnings("unchecked")
    public <Q> FakeQueryGateway stream(Class<Q> type, Function<Q, Publisher<?>> answer) {
        streams.put(type, query -> answer.apply((Q) query));
        return this;
    }

    public void reset() {
        answers.clear();
        streams.clear();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, Q> CompletableFuture<R> query(String queryName, Q query, ResponseType<R> responseType) {
        Function<Object, Object> answer = answers.get(query.getClass());
        if (answer == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("No answer for " + query));
        }
        try {
            return CompletableFuture.completedFuture((R) answer.apply(query));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, Q> Publisher<R> streamingQuery(String queryName, Q query, Class<R> responseType) {
        Function<Object, Publisher<?>> answer = streams.get(query.getClass());
        if (answer == null) {
            throw new IllegalStateException("No stream for " + query);
        }
        return (Publisher<R>) answer.apply(query);
    }

    @Override
    public <R, Q> Stream<R> scatterGather(String queryName, Q query, ResponseType<R> responseType, long timeout,
                                          TimeUnit timeUnit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
            ResponseType<I> initialResponseType, ResponseType<U> updateResponseType,
            SubscriptionQueryBackpressure backpressure, int updateBufferSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
            ResponseType<I> initialResponseType, ResponseType<U> updateResponseType, int updateBufferSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super QueryMessage<?, ?>> dispatchInterceptor) {
        return () -> true;
    }
}
