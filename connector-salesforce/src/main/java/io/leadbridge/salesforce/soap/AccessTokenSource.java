package io.leadbridge.salesforce.soap;

import io.leadbridge.salesforce.SalesforceSettings;

/**
 * Supplies the OAuth 2.0 access token sent as the SOAP session id.
 *
 * <p><b>Refresh contract:</b> {@link #refresh(String)} takes the token the caller found stale. It obtains a new
 * token only if that stale token is still the current one, so N callers that saw the same expired token
 * cause exactly one token request and all get the same new token. Safe for concurrent use.
 *
 * <p>Both methods throw {@link io.leadbridge.core.failure.SyncFailureException} when no token can be obtained.
 */
public interface AccessTokenSource {

    /** The token to use now; obtained on first use when none is held yet. */
    String current();

    /**
     * @param staleToken the token Salesforce just rejected
     * @return the token to retry with; equal to {@code staleToken} when this source cannot renew tokens
     */
    String refresh(String staleToken);

    /** A fixed token (e.g. from {@code connector.salesforce.access-token}); it cannot be renewed. */
    static AccessTokenSource fixed(String token) {
        return new StaticAccessToken(token);
    }

    /** The static token or the client-credentials flow, as configured. */
    static AccessTokenSource from(SalesforceSettings settings) {
        if (!settings.usesClientCredentials()) {
            return fixed(settings.accessToken().orElseThrow());
        }
        return new ClientCredentialsTokenSource(new OAuthTokenClient(settings.tokenUrl().orElseThrow(),
                settings.clientId().orElseThrow(), settings.clientSecret().orElseThrow(),
                settings.connectTimeout(), settings.readTimeout()));
    }
}
