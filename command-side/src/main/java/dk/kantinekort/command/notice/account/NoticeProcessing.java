package dk.kantinekort.command.notice.account;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account-notices processor keeps an event it failed on (the database away) and tries it again, instead of
 * skipping it: a skipped purchase would be a notice never sent, and a skipped balance a low balance never noticed.
 */
@Configuration(proxyBeanMethods = false)
class NoticeProcessing {

    @Bean
    ConfigurerModule accountNoticesAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(NoticeProcessor.GROUP, c -> PropagatingErrorHandler.instance());
    }
}
