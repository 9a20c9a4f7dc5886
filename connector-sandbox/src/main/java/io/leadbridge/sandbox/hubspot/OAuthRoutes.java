package io.leadbridge.sandbox.hubspot;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth/{v1|v3|2026-03}/token}, form-encoded: the {@code authorization_code} grant (any non-blank
 * code is accepted: there is no install screen) and the {@code refresh_token} grant, for the configured client.
 */
final class OAuthRoutes {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String USER_ID = "9876543";

    private final TokenRegistry tokens;
    private final String clientId;
    private final String clientSecret;
    private final long portalId;

    OAuthRoutes(TokenRegistry tokens, String clientId, String clientSecret, long portalId) {
        this.tokens = tokens;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.portalId = portalId;
    }

    void register(Router router) {
        router.add("POST", "/oauth/token", Router.Kind.OAUTH, this::token);
    }

    private ApiResponse token(ApiRequest request) {
        if (request.contentType() == null || !request.contentType().startsWith(FORM)) {
            return failure("invalid_request", "BAD_REQUEST", "The body must be " + FORM);
        }
        Map<String, String> form = request.form();
        if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
            return failure("invalid_client", "BAD_CLIENT_ID", "missing or unknown client id or secret");
        }
        String grantType = form.getOrDefault("grant_type", "");
        Optional<TokenRegistry.Grant> grant = switch (grantType) {
            case "refresh_token" -> tokens.refresh(form.get("refresh_token"));
            case "authorization_code" -> Optional.ofNullable(form.get("code")).filter(c -> !c.isBlank())
                    .map(c -> tokens.issue());
            default -> {
                throw ApiException.badRequest("grant_type must be authorization_code or refresh_token");
            }
        };
        if (grant.isEmpty()) {
            return "refresh_token".equals(grantType)
                    ? failure("invalid_grant", "BAD_REFRESH_TOKEN", "refresh token is invalid, expired or revoked")
                    : failure("invalid_grant", "BAD_AUTH_CODE", "missing or invalid authorization code");
        }
        ObjectNode body = JsonViews.object();
        body.put("access_token", grant.get().accessToken());
        body.put("refresh_token", grant.get().refreshToken());
        body.put("expires_in", grant.get().expiresInSeconds());
        body.put("token_type", "bearer");
        body.put("token_use", "access_token");
        body.put("hub_id", portalId);
        body.put("user_id", Long.parseLong(USER_ID));
        body.putArray("scopes").add("oauth").add("crm.objects.contacts.read").add("crm.objects.contacts.write")
                .add("crm.objects.companies.read").add("crm.objects.companies.write").add("crm.objects.deals.read")
                .add("crm.objects.deals.write").add("crm.objects.owners.read").add("crm.schemas.contacts.read");
        return ApiResponse.ok(body);
    }

    /** HubSpot's OAuth error: RFC 6749 fields plus the legacy status and message. */
    private static ApiResponse failure(String error, String status, String message) {
        ObjectNode body = JsonViews.object();
        body.put("error", error);
        body.put("error_description", message);
        body.put("status", status);
        body.put("message", message);
        return new ApiResponse(400, body);
    }
}
