package dk.kantinekort.pos.web;

import dk.kantinekort.pos.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class OpenApiTest extends ApiTest {

    @Test
    void theOpenApiDescriptionIsServedToTheManagementToken() {
        client.get().uri("/v3/api-docs").headers(h -> h.setBearerAuth(MANAGEMENT_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.openapi").isNotEmpty()
                .jsonPath("$.info.title").isEqualTo("Kantinekort till and admin API")
                .jsonPath("$.paths['/api/v1/purchases'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/v1/purchases'].post.responses['402'].content['application/problem+json']").exists()
                .jsonPath("$.paths['/api/v1/purchases'].post.parameters[?(@.name=='Idempotency-Key')].required").isEqualTo(true)
                .jsonPath("$.paths['/api/v1/purchases/{purchaseId}/refunds'].post").exists()
                .jsonPath("$.paths['/api/v1/cards/{cardNumber}/balance'].get").exists()
                .jsonPath("$.paths['/api/v1/admin/accounts'].post").exists()
                .jsonPath("$.paths['/api/v1/admin/accounts/{accountId}/deposits'].post").exists()
                .jsonPath("$.paths['/api/v1/admin/cards/{cardNumber}/block'].post").exists()
                .jsonPath("$.paths['/api/v1/admin/cards/{cardNumber}/unblock'].post").exists()
                .jsonPath("$.components.schemas.PurchaseRequest").exists()
                .jsonPath("$.components.schemas.Problem").exists()
                .jsonPath("$.components.securitySchemes.till.scheme").isEqualTo("bearer");
    }

    @Test
    void aYamlVersionIsServedToo() {
        client.get().uri("/v3/api-docs.yaml").headers(h -> h.setBearerAuth(MANAGEMENT_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(yaml -> org.assertj.core.api.Assertions.assertThat(yaml).contains("/api/v1/purchases:"));
    }
}
