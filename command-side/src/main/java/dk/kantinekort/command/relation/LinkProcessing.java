package dk.kantinekort.command.relation;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processors that follow the links: ending a former link's payment agreements must not be skipped when a
 * command fails, so that processor keeps the event and tries again. The owner's notices of links are mailed by
 * {@code notice.LinkNoticeMailer} on a processor of its own, so a mail server that is down delays mails, never the
 * ending of agreements.
 */
@Configuration(proxyBeanMethods = false)
class LinkProcessing {

    static final String ENDINGS = "link-endings";

    @Bean
    ConfigurerModule linkEndingsAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ENDINGS, c -> PropagatingErrorHandler.instance());
    }
}
