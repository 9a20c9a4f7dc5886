package io.leadbridge.sandbox.salesforce.support;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Connects force-wsc's {@link PartnerConnection} to an emulator the way the adapter does: OAuth token, then SOAP. */
public final class Partner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Partner() {
    }

    /** A connection with a token fetched from the emulator's token endpoint over HTTP. */
    public static PartnerConnection connect(SalesforceEmulator emulator) {
        return connect(emulator, accessToken(emulator));
    }

    public static PartnerConnection connect(SalesforceEmulator emulator, String sessionId) {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(sessionId);
        config.setServiceEndpoint(emulator.soapEndpoint());
        config.setAuthEndpoint(emulator.soapEndpoint());
        config.setManualLogin(true);
        config.setConnectionTimeout(5_000);
        config.setReadTimeout(30_000);
        try {
            return new PartnerConnection(config);
        } catch (ConnectionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer of a client-credentials token request. */
    public static HttpResponse<String> tokenRequest(SalesforceEmulator emulator, String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String accessToken(SalesforceEmulator emulator) {
        HttpResponse<String> response = tokenRequest(emulator, emulator.options().clientId(),
                emulator.options().clientSecret());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode());
        }
        return json(response.body()).path("access_token").asString();
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
