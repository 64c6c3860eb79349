package dk.kantinekort.pos.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * The JSON mapper of this API, deliberately not an {@code ObjectMapper} bean: the adapter runs in a child
 * context whose parent has its own mapper, and the till contract must not change with the launcher's.
 * Strict on input (no float-to-int, no string-to-number coercion, no number or boolean where text is expected,
 * no duplicate keys, no trailing tokens); lenient about unknown fields so tills can send more than we read.
 */
@Component
public class PosJson {

    private final ObjectMapper mapper = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                    MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .featuresToEnable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // instants as ISO-8601 text ("2026-11-25T10:00:00Z"), not epoch seconds
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .postConfigurer(PosJson::noScalarAsText)
            .build();

    /** {@code "name": 5} or {@code "sku": true} is a mistake of the till, not text: Jackson would quietly make "5". */
    private static void noScalarAsText(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
