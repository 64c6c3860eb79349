package dk.kantinekort.query.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nightly ledger check needs scheduling, also where the query side runs as its own service. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
