package dk.kantinekort.app.till;

import dk.kantinekort.embedded.mail.DevMailPage;
import dk.kantinekort.pos.PosAdapterConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.embedded.netty.NettyRouteProvider;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The reactive child (Netty + WebFlux) with the till and admin API on {@code canteen.pos.port}; pos.yml. */
@SpringBootConfiguration
@TillApiAutoConfigurations
@Import({PosAdapterConfiguration.class, DevMailPage.class})
public class TillApiConfiguration {

    /**
     * Netty explicitly: Tomcat is on the classpath for the portal, and Boot would otherwise pick it for
     * this reactive context too.
     */
    @Bean
    NettyReactiveWebServerFactory nettyReactiveWebServerFactory(ObjectProvider<NettyRouteProvider> routes,
                                                                ObjectProvider<NettyServerCustomizer> customizers) {
        NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory();
        routes.orderedStream().forEach(factory::addRouteProviders);
        factory.getServerCustomizers().addAll(customizers.orderedStream().toList());
        return factory;
    }
}
