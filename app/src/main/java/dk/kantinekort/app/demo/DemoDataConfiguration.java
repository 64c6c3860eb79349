package dk.kantinekort.app.demo;

import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seeds the guide's demo data in the embedded default, and only there (canteen.demo-data.enabled). */
@Configuration
@ConditionalOnProperty(name = "canteen.demo-data.enabled", havingValue = "true")
public class DemoDataConfiguration {

    @Bean
    ApplicationRunner demoDataSeeder(CommandGateway commands, QueryGateway queries, Clock clock,
                                     @Value("${canteen.demo-data.school-tills:1}") int schoolTills) {
        return args -> {
            new DemoData(commands, queries, schoolTills).seedOnce();
            new DemoCatalogue(commands, clock).seedOnce();
        };
    }
}
