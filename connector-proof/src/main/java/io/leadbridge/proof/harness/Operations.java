package io.leadbridge.proof.harness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Names the API operation of a request, so that calls can be counted per operation without a list of paths. */
public final class Operations {

    private static final Pattern SOAP_OPERATION =
            Pattern.compile("<(?:[A-Za-z0-9_]+:)?Body[^>]*>\\s*<(?:[A-Za-z0-9_]+:)?([A-Za-z]+)");
    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern DATE_VERSION = Pattern.compile("/\\d{4}-\\d{2}(?=/)");
    private static final Pattern SALESFORCE_ID = Pattern.compile("/[A-Za-z0-9]{15,18}(?=/|$)");

    private static final Pattern NO_RESULTS = Pattern.compile("\"results\"\\s*:\\s*\\[\\s*]");

    /** HubSpot's operations ({@link #hubspot}); a search page without results counts as having found nothing. */
    public static final CountingProxy.Classifier HUBSPOT = new CountingProxy.Classifier() {
        @Override
        public String operation(String method, String path, byte[] body) {
            return hubspot(method, path);
        }

        @Override
        public boolean foundNothing(String operation, int status, byte[] answer) {
            if (status != 200 || !operation.endsWith("/search")) {
                return false;
            }
            String head = new String(answer, 0, Math.min(answer.length, 512), StandardCharsets.UTF_8);
            return NO_RESULTS.matcher(head).find();
        }
    };

    private Operations() {
    }

    /** HubSpot: method and path, with ids and the date version generalised ({@code POST /crm/objects/{v}/contacts/search}). */
    public static String hubspot(String method, String path) {
        String general = DATE_VERSION.matcher(path).replaceAll("/{v}");
        return method + " " + NUMERIC_SEGMENT.matcher(general).replaceAll("/{id}");
    }

    /** Salesforce: the SOAP operation for partner API calls ({@code SOAP upsert}), else method and general path. */
    public static String salesforce(String method, String path, byte[] body) {
        if (path.startsWith("/services/Soap/")) {
            byte[] plain = gunzipped(body);
            String head = new String(plain, 0, Math.min(plain.length, 4096), StandardCharsets.UTF_8);
            Matcher matcher = SOAP_OPERATION.matcher(head);
            return "SOAP " + (matcher.find() ? matcher.group(1) : "unknown");
        }
        return method + " " + SALESFORCE_ID.matcher(path).replaceAll("/{id}");
    }

    /** The partner API client compresses its requests; the operation is read from the plain text. */
    private static byte[] gunzipped(byte[] body) {
        if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            return body;
        }
    }
}
