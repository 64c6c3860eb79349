package dk.kantinekort.pos.web;

import dk.kantinekort.pos.problem.ProblemDocument;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description (springdoc) at {@code /v3/api-docs} and {@code /v3/api-docs.yaml}. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiConfiguration.TILL, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The till's own bearer token")
@SecurityScheme(name = OpenApiConfiguration.ADMIN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An administrative system's own token (canteen.admin.integrations.<name>.token; canteen.admin.token is the integration default): its actions are recorded as admin:<name>")
@SecurityScheme(name = OpenApiConfiguration.AUDITOR, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The auditors' token (canteen.audit.token): the audit API only")
public class OpenApiConfiguration {

    public static final String TILL = "till";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    public static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI kantinekortPosOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Kantinekort till and admin API")
                .version("v1")
                .description("""
                        Purchases, refunds and balance inquiries by tills, and the sales a till made while it could \
                        not reach the ledger (GET /api/v1/offline-policy to cache, POST /api/v1/offline-sales to \
                        upload; decision record 23); account import, cash deposits and card \
                        blocking by administrative systems. Amounts are whole øre. Requests that move money need an \
                        Idempotency-Key header (an offline upload carries one key per sale in its body instead): \
                        the same key with the same body replays the first answer \
                        (header Idempotent-Replayed: true), with another body answers 422, and while the first \
                        request is still in progress 409. Errors are application/problem+json (RFC 9457) with a \
                        reason code and a short Danish message for the till display. Every response carries \
                        X-Correlation-Id (the caller's, or a new one)."""));
    }

    /**
     * Every error answer is a problem document: described once here instead of on each response annotation.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            ModelConverters.getInstance().read(ProblemDocument.class).forEach(openApi.getComponents()::addSchemas);
            Content problem = new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((status, response) -> {
                        if (!status.startsWith("2")) { // springdoc would otherwise show the success body type
                            response.setContent(problem);
                        }
                    })));
        };
    }
}
