package io.leadbridge.sandbox.hubspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The properties API: list and read definitions (with options), and create portal-defined properties. */
final class PropertyRoutes {

    private final Portal portal;
    private final Instant portalCreatedAt;

    PropertyRoutes(Portal portal) {
        this.portal = portal;
        this.portalCreatedAt = portal.now();
    }

    void register(Router router) {
        router.add("GET", "/properties/{objectType}", this::list)
                .add("POST", "/properties/{objectType}", this::create)
                .add("GET", "/properties/{objectType}/{propertyName}", this::read);
    }

    private ApiResponse list(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        return portal.atomically(() -> {
            ObjectNode body = JsonViews.object();
            ArrayNode results = body.putArray("results");
            portal.properties().all(type).forEach(p -> results.add(render(p)));
            return ApiResponse.ok(body);
        });
    }

    private ApiResponse read(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        String name = request.variable("propertyName");
        return portal.atomically(() -> ApiResponse.ok(render(portal.properties().find(type, name).orElseThrow(() ->
                ApiException.notFound("Unable to find property " + name + " on " + type.pathName())))));
    }

    private ApiResponse create(ApiRequest request) {
        ObjectType type = ObjectType.fromPath(request.variable("objectType"));
        JsonNode body = request.json(JsonViews.JSON);
        List<PropertyOption> options = new ArrayList<>();
        for (JsonNode option : Bodies.array(body, "options")) {
            options.add(new PropertyOption(required(option, "label"), required(option, "value"),
                    option.path("displayOrder").asInt(options.size())));
        }
        PropertyDefinition definition;
        try {
            definition = new PropertyDefinition(required(body, "name"), required(body, "label"),
                    required(body, "type"), required(body, "fieldType"), required(body, "groupName"), options,
                    body.path("hasUniqueValue").asBoolean(false), false, false);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return portal.atomically(() -> {
            portal.properties().define(type, definition);
            return ApiResponse.created(render(definition));
        });
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            throw ApiException.badRequest(field + " is required");
        }
        return value;
    }

    private ObjectNode render(PropertyDefinition property) {
        ObjectNode node = JsonViews.object();
        node.put("name", property.name());
        node.put("label", property.label());
        node.put("type", property.type());
        node.put("fieldType", property.fieldType());
        node.put("groupName", property.groupName());
        node.put("description", property.label());
        ArrayNode options = node.putArray("options");
        List<PropertyOption> values = "hubspot_owner_id".equals(property.name()) ? ownerOptions() : property.options();
        for (PropertyOption option : values) {
            ObjectNode o = options.addObject();
            o.put("label", option.label());
            o.put("value", option.value());
            o.put("displayOrder", option.displayOrder());
            o.put("hidden", false);
        }
        node.put("displayOrder", -1);
        node.put("hasUniqueValue", property.hasUniqueValue());
        node.put("hidden", false);
        node.put("hubspotDefined", property.hubspotDefined());
        node.put("formField", !property.readOnlyValue());
        node.put("calculated", false);
        node.put("externalOptions", "hubspot_owner_id".equals(property.name()));
        if ("hubspot_owner_id".equals(property.name())) {
            node.put("referencedObjectType", "OWNER");
        }
        ObjectNode metadata = node.putObject("modificationMetadata");
        metadata.put("archivable", !property.hubspotDefined());
        metadata.put("readOnlyDefinition", property.hubspotDefined());
        metadata.put("readOnlyValue", property.readOnlyValue());
        node.put("createdAt", Times.format(portalCreatedAt));
        node.put("updatedAt", Times.format(portalCreatedAt));
        node.put("archived", false);
        return node;
    }

    private List<PropertyOption> ownerOptions() {
        List<PropertyOption> options = new ArrayList<>();
        for (HubSpotOwner owner : portal.owners().all()) {
            String label = (nullToEmpty(owner.firstName()) + " " + nullToEmpty(owner.lastName())).trim();
            options.add(new PropertyOption(label.isEmpty() ? owner.email() : label, String.valueOf(owner.id()),
                    options.size()));
        }
        return options;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
