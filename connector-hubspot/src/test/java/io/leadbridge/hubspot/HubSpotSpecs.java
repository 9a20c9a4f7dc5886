package io.leadbridge.hubspot;

import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.leadbridge.core.testing.SharedFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the requests WireMock recorded against HubSpot's own OpenAPI documents in the sibling
 * {@code shared/specs/hubspot} folder, read in place (never copied into the repository). When the folder
 * is absent the calling test is skipped with a message, except under {@code CI=true}, where it fails.
 *
 * <p>Only the places where the documents are stricter than the live API, as listed in that folder's
 * {@code SOURCES.md}, are ignored: rule 1 (a search body need not send every field, e.g. {@code after} on
 * the first page) and rule 2 (search {@code sorts} are objects, not strings). Rules 3 and 4 are met by
 * the client (it sends {@code "associations": []} and {@code "propertiesWithHistory": []}); rules 5 to 7
 * concern responses, which are not validated here.
 *
 * <p>Atlassian's {@code swagger-request-validator-wiremock} 2.44.1 is built on WireMock 2
 * ({@code com.github.tomakehurst:wiremock-jre8} 2.35), which would put a second, older WireMock next to
 * {@code wiremock-standalone} 3.13; so the core validator checks the requests WireMock recorded instead.
 */
public final class HubSpotSpecs {

    private static final Pattern OBJECTS = Pattern.compile("^/crm/(?:objects/([^/]+)|(v3)/objects)/([a-z]+|0-3)(/.*)?$");
    private static final Pattern OTHER = Pattern.compile("^/(crm/associations|crm/properties|crm/owners|oauth)/([^/]+).*$");
    private static final Pattern LEGACY_OTHER = Pattern.compile("^/(crm)/(v3|v4)/(associations|properties|owners|objects).*$");
    private static final Map<Path, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private HubSpotSpecs() {
    }

    /**
     * Fails listing every recorded request to a HubSpot API path ({@code /crm/...}, {@code /oauth/...}) that
     * breaks its OpenAPI document; skips the test without the documents.
     */
    public static void assertRecordedRequestsMatchTheSpecs(List<ServeEvent> served) {
        Path folder = folder();
        List<String> problems = new ArrayList<>();
        for (ServeEvent event : served) {
            LoggedRequest request = event.getRequest();
            String path = request.getUrl().split("\\?", 2)[0];
            if (!path.startsWith("/crm/") && !path.startsWith("/oauth/")) {
                continue;
            }
            Path spec = folder.resolve(specFileFor(path));
            ValidationReport report = VALIDATORS.computeIfAbsent(spec, HubSpotSpecs::validator)
                    .validateRequest(toRequest(request, path));
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR && !overStrict(path, message)) {
                    problems.add(request.getMethod() + " " + path + " (" + spec.getFileName() + "): "
                            + message.getKey() + " " + message.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("requests that break HubSpot's OpenAPI documents:\n" + String.join("\n", problems));
        }
    }

    /** The spec document that describes {@code path}, e.g. {@code crm-contacts-2026-03.json}. */
    static String specFileFor(String path) {
        Matcher objects = OBJECTS.matcher(path);
        if (objects.matches()) {
            String version = objects.group(1) != null ? objects.group(1) : "v3";
            String rest = Optional.ofNullable(objects.group(4)).orElse("");
            if (rest.matches("/[^/]+/associations/.*")) {
                return "crm-associations-" + ("v3".equals(version) ? "v4" : version) + ".json";
            }
            String type = objects.group(3).equals("0-3") ? "deals" : objects.group(3);
            return "crm-" + type + "-" + version + ".json";
        }
        Matcher legacy = LEGACY_OTHER.matcher(path);
        if (legacy.matches()) {
            String api = legacy.group(3).equals("objects") ? "associations" : legacy.group(3);
            String version = api.equals("associations") ? "v4" : "v3";
            return (api.equals("owners") ? "crm-owners" : "crm-" + api) + "-" + version + ".json";
        }
        Matcher other = OTHER.matcher(path);
        if (other.matches()) {
            String api = other.group(1).replace("crm/", "crm-");
            return api + "-" + other.group(2) + ".json";
        }
        throw new IllegalArgumentException("no HubSpot spec document describes " + path);
    }

    private static boolean overStrict(String path, ValidationReport.Message message) {
        if (!path.endsWith("/search")) {
            return false;
        }
        String text = message.getMessage();
        boolean searchFieldsRequired = message.getKey().equals("validation.request.body.schema.required")
                && text.matches("(?s).*Object has missing required properties \\(\\[(\"(after|limit|properties|sorts|filterGroups)\",?)+\\]\\).*");
        boolean objectSorts = message.getKey().startsWith("validation.request.body.schema")
                && text.contains("/sorts/");
        return searchFieldsRequired || objectSorts;
    }

    private static Request toRequest(LoggedRequest logged, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(
                Request.Method.valueOf(logged.getMethod().getName().toUpperCase(Locale.ROOT)), path);
        logged.getHeaders().all().forEach(header -> builder.withHeader(header.key(), header.values()));
        logged.getQueryParams().forEach((name, values) -> builder.withQueryParam(name, values.values()));
        String body = logged.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static OpenApiInteractionValidator validator(Path spec) {
        if (!Files.isRegularFile(spec)) {
            throw new IllegalArgumentException("no spec document " + spec);
        }
        return OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString()).build();
    }

    private static Path folder() {
        return SharedFolder.require("specs/hubspot", "checks its requests against HubSpot's OpenAPI documents there");
    }
}
