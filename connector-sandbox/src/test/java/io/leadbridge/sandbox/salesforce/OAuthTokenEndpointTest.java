package io.leadbridge.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.sandbox.salesforce.support.Partner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OAuthTokenEndpointTest {

    private SalesforceEmulator emulator;

    @BeforeEach
    void start() {
        emulator = SalesforceEmulator.start(SalesforceOptions.builder().clientCredentials("my-client", "s3cret")
                .build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void clientCredentialsGetATokenInSalesforcesJsonShape() throws Exception {
        HttpResponse<String> response = Partner.tokenRequest(emulator, "my-client", "s3cret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        JsonNode body = Partner.json(response.body());
        assertThat(body.path("access_token").asString()).startsWith("00D5g00000LbEmu!AQ");
        assertThat(body.path("instance_url").asString()).isEqualTo(emulator.baseUrl());
        assertThat(body.path("id").asString()).isEqualTo(emulator.baseUrl() + "/id/" + emulator.organizationId()
                + "/" + emulator.integrationUserId());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("scope").asString()).isEqualTo("api");
        String issuedAt = body.path("issued_at").asString();
        assertThat(issuedAt).matches("\\d{13}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(body.path("signature").asString()).isEqualTo(Base64.getEncoder().encodeToString(
                mac.doFinal((body.path("id").asString() + issuedAt).getBytes(StandardCharsets.UTF_8))));
        assertThat(Partner.connect(emulator, body.path("access_token").asString())
                .query("SELECT Id FROM User").getSize()).isEqualTo(1);
    }

    @Test
    void wrongCredentialsAndGrantsAreRefusedWithOAuthErrors() throws Exception {
        HttpResponse<String> wrongSecret = Partner.tokenRequest(emulator, "my-client", "guess");
        HttpResponse<String> wrongClient = Partner.tokenRequest(emulator, "someone", "s3cret");
        HttpResponse<String> password = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(emulator.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=a&password=b")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wrongSecret.statusCode()).isEqualTo(400);
        assertThat(Partner.json(wrongSecret.body()).path("error").asString()).isEqualTo("invalid_client");
        assertThat(Partner.json(wrongSecret.body()).path("error_description").asString())
                .isEqualTo("invalid client credentials");
        assertThat(wrongClient.statusCode()).isEqualTo(400);
        assertThat(Partner.json(wrongClient.body()).path("error").asString()).isEqualTo("invalid_client");
        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(Partner.json(password.body()).path("error").asString()).isEqualTo("unsupported_grant_type");
        assertThat(emulator.apiRequestsUsed()).isZero();
    }
}
