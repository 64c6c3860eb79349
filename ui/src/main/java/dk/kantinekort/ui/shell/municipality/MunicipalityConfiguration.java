package dk.kantinekort.ui.shell.municipality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code canteen.municipality.*} (the launcher's demo values are Gladsaxe's). */
@Configuration
@EnableConfigurationProperties(MunicipalitySettings.class)
class MunicipalityConfiguration {
}
