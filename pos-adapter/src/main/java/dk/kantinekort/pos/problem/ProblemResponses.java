package dk.kantinekort.pos.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 body of a {@link PosProblem}: type, title, status, detail, instance, reason, message, correlationId. */
public final class ProblemResponses {

    /** Problem types are identifiers, not links: one per reason code. */
    public static final String TYPE_BASE = "https://kantinekort.dk/problems/";

    private ProblemResponses() {
    }

    public static ProblemDetail body(PosProblem problem, String path, String correlationId) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
        body.setType(URI.create(TYPE_BASE + problem.reason().toLowerCase(Locale.ROOT).replace('_', '-')));
        body.setTitle(ProblemTexts.title(problem.reason()));
        if (path != null) {
            body.setInstance(URI.create(path));
        }
        body.setProperty("reason", problem.reason());
        body.setProperty("message", problem.tillMessage() != null ? problem.tillMessage()
                : ProblemTexts.tillMessage(problem.reason()));
        problem.properties().forEach(body::setProperty);
        body.setProperty("correlationId", correlationId);
        return body;
    }
}
