package io.leadbridge.salesforce.soap;

/**
 * Holds the token from the OAuth 2.0 client-credentials flow and renews it on demand, one request per
 * expiry however many callers notice it (the pattern of Camel's {@code SalesforceSession.login(oldToken)}).
 * The token is obtained lazily, so a Salesforce outage does not stop the application from starting.
 */
final class ClientCredentialsTokenSource implements AccessTokenSource {

    private final OAuthTokenClient client;
    private final Object lock = new Object();
    private volatile String token;

    ClientCredentialsTokenSource(OAuthTokenClient client) {
        this.client = client;
    }

    @Override
    public String current() {
        String held = token;
        if (held != null) {
            return held;
        }
        synchronized (lock) {
            if (token == null) {
                token = client.requestToken();
            }
            return token;
        }
    }

    @Override
    public String refresh(String staleToken) {
        synchronized (lock) {
            if (token == null || token.equals(staleToken)) {
                token = client.requestToken();
            }
            return token;
        }
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenSource[" + client + "]";
    }
}
