package io.leadbridge.hubspot.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a successful OAuth token call ({@code AccessTokenResponse}); {@code token_use} is not required. */
record AccessTokenResponse(@JsonProperty("access_token") String accessToken,
                           @JsonProperty("refresh_token") String refreshToken,
                           @JsonProperty("expires_in") long expiresIn,
                           @JsonProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "AccessTokenResponse[expiresIn=" + expiresIn + "]";
    }
}
