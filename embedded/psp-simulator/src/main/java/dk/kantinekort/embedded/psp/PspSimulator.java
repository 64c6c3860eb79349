package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's payment provider: a simulator of Nexi/Nets Easy Checkout on its own JDK HTTP server, so
 * {@code NetsEasyPaymentProvider} talks to it unchanged. {@code /v1/...} is the API (Authorization = the secret
 * key), {@code /hosted/{id}} the hosted payment page with the test cards of {@link TestCards}, {@code /simulator/...}
 * the test hooks (same Authorization). Its state survives restarts in {@code <data dir>/psp-simulator.json}.
 */
public final class PspSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PspSimulator.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebhookSender webhooks;
    private final URI baseUrl;

    private PspSimulator(HttpServer server, ExecutorService executor, WebhookSender webhooks, URI baseUrl) {
        this.server = server;
        this.executor = executor;
        this.webhooks = webhooks;
        this.baseUrl = baseUrl;
    }

    /** Starts the simulator; port 0 takes any free port. */
    public static PspSimulator start(PspSimulatorSettings settings) {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(settings.port()), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("The payment simulator cannot listen on port " + settings.port(), e);
        }
        URI baseUrl = URI.create("http://localhost:" + server.getAddress().getPort());
        WebhookSender webhooks = new WebhookSender(mapper, settings.clock());
        SimulatedAcquirer acquirer = new SimulatedAcquirer(new SimulatorStore(settings.stateFile(), mapper), webhooks,
                settings.clock());
        PaymentApi api = new PaymentApi(acquirer, mapper, baseUrl);
        HostedPageHandler hosted = new HostedPageHandler(acquirer,
                new HostedPage(settings.merchantName(), settings.merchantAddress()), settings.clock());
        ApiOutage outage = new ApiOutage();
        SimulatorHooks hooks = new SimulatorHooks(acquirer, webhooks, outage, mapper);
        byte[] secret = settings.secretKey().getBytes(StandardCharsets.UTF_8);
        server.createContext("/v1/", exchange -> serve(exchange, secret, call -> {
            if (!outage.interrupt(call, mapper)) {
                api.handle(call);
            }
        }, mapper));
        server.createContext("/simulator/", exchange -> serve(exchange, secret, hooks::handle, mapper));
        server.createContext("/hosted/", exchange -> serve(exchange, null, hosted::handle, mapper));
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "psp-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        log.info("Payment provider simulator on {} (state in {})", baseUrl, settings.stateFile());
        return new PspSimulator(server, executor, webhooks, baseUrl);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:<port>}: the base URL of its API, and of its hosted pages. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        webhooks.close();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static void serve(HttpExchange exchange, byte[] secret, Handler handler, ObjectMapper mapper) {
        try (exchange) {
            if (secret != null && !authorized(exchange, secret)) {
                Exchanges.json(exchange, 401, Map.of("message", "Unauthorized"), mapper);
                return;
            }
            handler.handle(exchange);
        } catch (IOException | RuntimeException e) {
            log.warn("Payment simulator failed on {} {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), e);
            try {
                Exchanges.json(exchange, 500, Map.of("message", "Simulator error", "code", "1000",
                        "source", "Internal"), mapper);
            } catch (IOException | RuntimeException ignored) {
                // the answer had begun already
            }
        }
    }

    private static boolean authorized(HttpExchange exchange, byte[] secret) {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }
}
