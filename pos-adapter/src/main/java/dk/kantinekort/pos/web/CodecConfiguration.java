package dk.kantinekort.pos.web;

import dk.kantinekort.pos.PosProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.Jackson2JsonDecoder;
import org.springframework.http.codec.json.Jackson2JsonEncoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** JSON codecs of the API with {@link PosJson} and a bounded body size (too large answers 413). */
@Configuration(proxyBeanMethods = false)
class CodecConfiguration implements WebFluxConfigurer {

    private final PosJson json;
    private final PosProperties properties;

    CodecConfiguration(PosJson json, PosProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        int limit = (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes());
        Jackson2JsonDecoder decoder = new Jackson2JsonDecoder(json.mapper(), MediaType.APPLICATION_JSON,
                new MediaType("application", "*+json"));
        decoder.setMaxInMemorySize(limit);
        configurer.defaultCodecs().jackson2JsonDecoder(decoder);
        configurer.defaultCodecs().jackson2JsonEncoder(new Jackson2JsonEncoder(json.mapper(),
                MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, new MediaType("application", "*+json")));
        configurer.defaultCodecs().maxInMemorySize(limit);
    }
}
