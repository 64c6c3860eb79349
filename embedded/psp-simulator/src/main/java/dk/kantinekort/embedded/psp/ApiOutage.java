package dk.kantinekort.embedded.psp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/**
 * The fault switch of the API ({@code /v1/...}), set through {@code POST /simulator/outage}: answer every call with
 * a status (e.g. 503) before touching anything, and/or answer each call only after a delay (a slow provider). Off by
 * default; {@code {}} switches it off again. The hosted pages and the hooks are not affected.
 */
final class ApiOutage {

    private volatile int status;
    private volatile long delayMillis;

    void set(int status, long delayMillis) {
        this.status = status;
        this.delayMillis = Math.max(0, delayMillis);
    }

    /** Delays the call and answers it with the outage status; returns true when it answered. */
    boolean interrupt(HttpExchange exchange, ObjectMapper mapper) throws IOException {
        long delay = delayMillis;
        if (delay > 0) {
            try {
                Thread.sleep(delay); // a slow provider: the caller's time-out decides, not us
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int answer = status;
        if (answer == 0) {
            return false;
        }
        Exchanges.json(exchange, answer, Map.of("message", "Service unavailable (simulated outage)", "code", "1000",
                "source", "Internal"), mapper);
        return true;
    }
}
