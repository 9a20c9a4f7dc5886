package io.leadbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Matches a method and a version-free path against templates such as {@code /objects/{objectType}/{objectId}}. */
final class Router {

    /** How the limits treat a route: search has its own per-second limit and no rate-limit headers. */
    enum Kind { API, SEARCH, OAUTH }

    record Match(Kind kind, Function<ApiRequest, ApiResponse> handler, Map<String, String> variables) {
    }

    private record Route(String method, String[] template, Kind kind, Function<ApiRequest, ApiResponse> handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Routes are tried in registration order: register literal paths before variable ones. */
    Router add(String method, String template, Kind kind, Function<ApiRequest, ApiResponse> handler) {
        routes.add(new Route(method, split(template), kind, handler));
        return this;
    }

    Router add(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        return add(method, template, Kind.API, handler);
    }

    /** The route for this request; 405 when only other methods match, 404 when no path matches. */
    Match route(String method, String path) {
        String[] segments = split(path);
        boolean pathMatched = false;
        for (Route route : routes) {
            Optional<Map<String, String>> variables = match(route.template(), segments);
            if (variables.isPresent()) {
                pathMatched = true;
                if (route.method().equals(method)) {
                    return new Match(route.kind(), route.handler(), variables.get());
                }
            }
        }
        throw pathMatched ? ApiException.methodNotAllowed(method) : ApiException.routeNotFound(path);
    }

    private static Optional<Map<String, String>> match(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String part = template[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                variables.put(part.substring(1, part.length() - 1), segments[i]);
            } else if (!part.equals(segments[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    private static String[] split(String path) {
        return path.replaceAll("^/+", "").split("/");
    }
}
