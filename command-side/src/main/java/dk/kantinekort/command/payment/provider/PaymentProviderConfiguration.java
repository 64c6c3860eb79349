package dk.kantinekort.command.payment.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.command.payment.provider.nets.NetsEasyPaymentProvider;
import dk.kantinekort.command.payment.provider.nets.NetsEasySettings;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment provider the command side talks to: Nets Easy at {@code canteen.psp.base-url} with
 * {@code canteen.psp.secret-key}; in the embedded default that is the in-JVM simulator, which speaks the same
 * protocol. Every call goes through a circuit breaker ({@link CircuitBreakingPaymentProvider},
 * {@code canteen.psp.circuit-breaker.*}). A test or another adapter replaces it by declaring its own
 * {@link PaymentProvider} bean.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentProviderConfiguration {

    @Bean
    @ConditionalOnMissingBean(PaymentProvider.class)
    CircuitBreakingPaymentProvider netsEasyPaymentProvider(
            @Value("${canteen.psp.base-url:http://localhost:${canteen.psp.port:8082}}") URI baseUrl,
            @Value("${canteen.psp.secret-key:demo-psp-secret}") String secretKey,
            @Value("${canteen.psp.timeout:PT10S}") Duration timeout,
            @Value("${canteen.psp.commerce-platform-tag:}") String commercePlatformTag,
            ObjectProvider<ObjectMapper> mappers,
            @Value("${canteen.psp.circuit-breaker.failure-rate-percent:50}") int failureRatePercent,
            @Value("${canteen.psp.circuit-breaker.minimum-calls:5}") int minimumCalls,
            @Value("${canteen.psp.circuit-breaker.window:10}") int window,
            @Value("${canteen.psp.circuit-breaker.slow-call:PT5S}") Duration slowCall,
            @Value("${canteen.psp.circuit-breaker.open-for:PT30S}") Duration openFor,
            @Value("${canteen.psp.circuit-breaker.calls-when-half-open:2}") int callsWhenHalfOpen) {
        NetsEasyPaymentProvider nets = new NetsEasyPaymentProvider(new NetsEasySettings(baseUrl, secretKey, timeout,
                commercePlatformTag.isBlank() ? null : commercePlatformTag), mappers.getIfAvailable(ObjectMapper::new));
        return new CircuitBreakingPaymentProvider(nets, new CircuitBreakingPaymentProvider.Settings(
                failureRatePercent, minimumCalls, window, slowCall, openFor, callsWhenHalfOpen));
    }
}
