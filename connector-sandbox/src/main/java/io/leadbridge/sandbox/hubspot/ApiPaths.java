package io.leadbridge.sandbox.hubspot;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps HubSpot's two path families onto one version-free path: {@code /crm/v3/objects/contacts} and
 * {@code /crm/objects/2026-03/contacts} both become {@code /objects/contacts}; likewise associations
 * ({@code /crm/v4/associations}), properties, owners and the OAuth token endpoint.
 */
final class ApiPaths {

    private static final String DATE = "\\d{4}-\\d{2}";
    private static final Pattern CLASSIC = Pattern.compile(
            "^/crm/(?:v3|v4)/(objects|associations|properties|owners)(/.*)?$");
    private static final Pattern DATED = Pattern.compile(
            "^/crm/(objects|associations|properties|owners)/" + DATE + "(/.*)?$");
    /** The form {@code crm-associations-schema-v4.json} gives the labels endpoint. */
    private static final Pattern SCHEMA_V4 = Pattern.compile("^/crm/(associations)/v4(/.*)$");
    private static final Pattern OAUTH = Pattern.compile("^/oauth/(?:v1|v3|" + DATE + ")/token$");

    private ApiPaths() {
    }

    static Optional<String> canonical(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (OAUTH.matcher(trimmed).matches()) {
            return Optional.of("/oauth/token");
        }
        for (Pattern pattern : new Pattern[] {CLASSIC, DATED, SCHEMA_V4}) {
            Matcher matcher = pattern.matcher(trimmed);
            if (matcher.matches()) {
                String rest = matcher.group(2) == null ? "" : matcher.group(2);
                return Optional.of("/" + matcher.group(1) + rest);
            }
        }
        return Optional.empty();
    }
}
