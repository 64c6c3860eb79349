package dk.kantinekort.embedded.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /dev/mails} on the till API's port: the mails the embedded SMTP server received (receipts), newest
 * first, as plain text. Only where the launcher runs that server; production has a real mail relay and no page.
 */
@Configuration
public class DevMailPage {

    @Bean
    RouterFunction<ServerResponse> devMails(ObjectProvider<DevMailServer> server) {
        return RouterFunctions.route().GET("/dev/mails", request -> {
            DevMailServer mail = server.getIfAvailable();
            if (mail == null) {
                return ServerResponse.notFound().build();
            }
            List<ReceivedMail> newestFirst = new ArrayList<>(mail.mails());
            Collections.reverse(newestFirst);
            String text = newestFirst.stream()
                    .map(m -> "To: " + m.to() + "\nDate: " + m.sentAt() + "\nSubject: " + m.subject() + "\n\n" + m.text())
                    .collect(Collectors.joining("\n\n----------------------------------------\n\n"));
            return ServerResponse.ok().contentType(new MediaType(MediaType.TEXT_PLAIN,
                    java.nio.charset.StandardCharsets.UTF_8)).bodyValue(text.isEmpty() ? "(no mails yet)\n" : text);
        }).build();
    }
}
