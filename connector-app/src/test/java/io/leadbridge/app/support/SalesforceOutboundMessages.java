package io.leadbridge.app.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Delivers a Salesforce Outbound Message to the running app's {@code /webhooks/salesforce} as Salesforce does. */
public final class SalesforceOutboundMessages {

    private SalesforceOutboundMessages() {
    }

    public static HttpResponse<String> post(RunningApp app, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/webhooks/salesforce"))
                        .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
