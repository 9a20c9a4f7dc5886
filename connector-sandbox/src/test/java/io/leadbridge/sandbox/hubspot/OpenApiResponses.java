package io.leadbridge.sandbox.hubspot;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates emulator responses against the HubSpot OpenAPI document that covers each path, ignoring only the
 * spec rules that {@code shared/specs/hubspot/SOURCES.md} lists as stricter than the live API.
 */
final class OpenApiResponses {

    private static final Pattern OBJECTS = Pattern.compile("^/crm/(?:objects/(2026-03)|(v3)/objects)/([a-z]+)(/.*)?$");
    private static final Pattern ASSOCIATIONS = Pattern.compile(
            "^/crm/(?:(v4)/(?:objects|associations)|(?:objects|associations)/(2026-03))/.*");
    private static final Pattern PROPERTIES_OR_OWNERS = Pattern.compile(
            "^/crm/(?:(properties|owners)/(2026-03)|(v3)/(properties|owners))(/.*)?$");
    private static final Pattern OAUTH = Pattern.compile("^/oauth/(v1|v3|2026-03)/token$");

    private static final Set<String> ERROR_BODY_FIELDS =
            Set.of("status", "errorType", "policyName", "requestId");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private final Path folder;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    OpenApiResponses(Path folder) {
        this.folder = folder;
    }

    /** The problems of one reply, after the SOURCES.md exceptions; empty when it conforms. */
    List<String> problems(EmulatorHttp.Reply reply) {
        String path = path(reply);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        reply.header("Content-Type").ifPresent(response::withContentType);
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = validator(specFile(path))
                .validateResponse(path, Request.Method.valueOf(reply.method()), response.build());
        List<String> problems = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR && !knownOverStrict(reply, message)) {
                problems.add(reply.method() + " " + reply.path() + " -> " + reply.status() + ": " + message.getKey()
                        + " " + message.getMessage());
            }
        }
        return problems;
    }

    /**
     * SOURCES.md rule 5: {@code properties} values are typed string without {@code nullable}, but HubSpot answers
     * {@code null} for requested properties without a value. Rule 6: the {@code Error} schema requires
     * {@code category} and omits the fields HubSpot's error bodies carry ({@code status}, and on a 429
     * {@code errorType}, {@code policyName}, {@code requestId}; reference sections 8 and 9); the validator, which
     * treats every schema as closed, would reject them. The OAuth token response is a {@code oneOf} wrapped in an
     * empty {@code properties} object, which that closed-schema reading rejects whatever the body.
     */
    private boolean knownOverStrict(EmulatorHttp.Reply reply, ValidationReport.Message message) {
        String key = message.getKey();
        String text = message.getMessage();
        boolean nullPropertyValue = key.endsWith("schema.type") && text.contains("(null)")
                && instancePointer(message).contains("/properties/");
        boolean rateLimitWithoutCategory = reply.status() == 429 && key.endsWith("schema.required")
                && text.contains("category");
        boolean errorBodyFields = reply.status() >= 400 && key.endsWith("schema.additionalProperties")
                && ERROR_BODY_FIELDS.containsAll(quotedNames(text));
        boolean tokenResponseWrapper = OAUTH.matcher(path(reply)).matches()
                && key.endsWith("schema.additionalProperties")
                && accessTokenResponseFields(specFile(path(reply))).containsAll(quotedNames(text));
        return nullPropertyValue || rateLimitWithoutCategory || errorBodyFields || tokenResponseWrapper;
    }

    private static List<String> quotedNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text.substring(Math.max(0, text.indexOf('['))));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The property names of the spec's {@code AccessTokenResponse}, the {@code oneOf} branch a token grant is. */
    private Set<String> accessTokenResponseFields(String file) {
        JsonNode schema = JsonMapper.builder().build().readTree(folder.resolve(file).toFile())
                .path("components").path("schemas").path("AccessTokenResponse").path("properties");
        return Set.copyOf(schema.propertyNames());
    }

    private static String path(EmulatorHttp.Reply reply) {
        return URI.create("http://x" + reply.path()).getPath();
    }

    private static String instancePointer(ValidationReport.Message message) {
        return message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
    }

    private OpenApiInteractionValidator validator(String file) {
        return validators.computeIfAbsent(file, f -> OpenApiInteractionValidator
                .createForSpecificationUrl(folder.resolve(f).toUri().toString()).build());
    }

    static String specFile(String path) {
        Matcher oauth = OAUTH.matcher(path);
        if (oauth.matches()) {
            return "oauth-" + oauth.group(1) + ".json";
        }
        if (path.endsWith("/labels")) {
            return "crm-associations-schema-" + (path.contains("2026-03") ? "2026-03" : "v4") + ".json";
        }
        Matcher associations = ASSOCIATIONS.matcher(path);
        if (associations.matches() && (path.contains("/associations/") || path.startsWith("/crm/v4/"))) {
            return "crm-associations-" + (associations.group(1) != null ? "v4" : "2026-03") + ".json";
        }
        Matcher objects = OBJECTS.matcher(path);
        if (objects.matches()) {
            return "crm-" + objects.group(3) + "-" + (objects.group(1) != null ? "2026-03" : "v3") + ".json";
        }
        Matcher other = PROPERTIES_OR_OWNERS.matcher(path);
        if (other.matches()) {
            String api = other.group(1) != null ? other.group(1) : other.group(4);
            return "crm-" + api + "-" + (other.group(2) != null ? "2026-03" : "v3") + ".json";
        }
        throw new IllegalArgumentException("no HubSpot spec covers " + path);
    }
}
