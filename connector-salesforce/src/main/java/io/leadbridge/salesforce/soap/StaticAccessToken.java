package io.leadbridge.salesforce.soap;

/** A configured token that is used as is; when Salesforce rejects it, only an admin can replace it. */
final class StaticAccessToken implements AccessTokenSource {

    private final String token;

    StaticAccessToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        this.token = token;
    }

    @Override
    public String current() {
        return token;
    }

    @Override
    public String refresh(String staleToken) {
        return token;
    }

    @Override
    public String toString() {
        return "StaticAccessToken[redacted]";
    }
}
