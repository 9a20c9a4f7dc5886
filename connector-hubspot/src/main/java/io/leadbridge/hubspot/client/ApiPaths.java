package io.leadbridge.hubspot.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The paths of one API version: a date version ({@code 2026-03}) puts the version after the API name
 * ({@code /crm/objects/2026-03/contacts}); {@code v3} selects the classic paths ({@code /crm/v3/objects/contacts},
 * associations on {@code /crm/v4/...}).
 */
final class ApiPaths {

    static final String LEGACY_VERSION = "v3";
    private static final Pattern DATE_VERSION = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final String version;

    ApiPaths(String version) {
        Objects.requireNonNull(version, "apiVersion");
        if (!LEGACY_VERSION.equals(version) && !DATE_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("apiVersion must be a date version such as 2026-03, or v3");
        }
        this.version = version;
    }

    private boolean legacy() {
        return LEGACY_VERSION.equals(version);
    }

    /** {@code /crm/objects/{version}/{objectType}}. */
    String objects(String objectType) {
        return (legacy() ? "/crm/v3/objects/" : "/crm/objects/" + version + "/") + name(objectType, "objectType");
    }

    /** {@code /crm/objects/{version}/{type}/{id}/associations/{toType}} (v4 for the classic paths). */
    String objectAssociations(String objectType, String objectId, String toObjectType) {
        return (legacy() ? "/crm/v4/objects/" : "/crm/objects/" + version + "/") + name(objectType, "objectType")
                + "/" + segment(objectId) + "/associations/" + name(toObjectType, "toObjectType");
    }

    /** {@code .../{fromType}/{fromId}/associations/default/{toType}/{toId}}: the unlabeled link of two records. */
    String defaultAssociation(String fromType, String fromId, String toType, String toId) {
        return (legacy() ? "/crm/v4/objects/" : "/crm/objects/" + version + "/") + name(fromType, "fromObjectType")
                + "/" + segment(fromId) + "/associations/default/" + name(toType, "toObjectType") + "/" + segment(toId);
    }

    /** {@code /crm/associations/{version}/{from}/{to}} (v4 for the classic paths). */
    String associations(String fromObjectType, String toObjectType) {
        return (legacy() ? "/crm/v4/associations/" : "/crm/associations/" + version + "/")
                + name(fromObjectType, "fromObjectType") + "/" + name(toObjectType, "toObjectType");
    }

    String properties(String objectType) {
        return (legacy() ? "/crm/v3/properties/" : "/crm/properties/" + version + "/") + name(objectType, "objectType");
    }

    String owners() {
        return legacy() ? "/crm/v3/owners" : "/crm/owners/" + version;
    }

    String oauthToken() {
        return "/oauth/" + version + "/token";
    }

    static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a path segment must not be blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String name(String value, String what) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a HubSpot object type name or id");
        }
        return value;
    }
}
