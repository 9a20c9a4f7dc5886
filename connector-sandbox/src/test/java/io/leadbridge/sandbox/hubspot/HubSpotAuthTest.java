package io.leadbridge.sandbox.hubspot;

import io.leadbridge.core.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class HubSpotAuthTest {

    private static final String CONTACTS = "/crm/v3/objects/contacts?limit=1";
    private static final String CLIENT = "client_id=" + HubSpotEmulatorOptions.DEFAULT_CLIENT_ID + "&client_secret="
            + HubSpotEmulatorOptions.DEFAULT_CLIENT_SECRET;

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-03-02T09:00:00Z"));
    @RegisterExtension
    final RunningEmulator hubspot = RunningEmulator.with(options -> options.clock(clock));

    @Test
    void a_missing_or_unknown_token_is_a_401_shaped_like_hubspots() {
        EmulatorHttp.Reply missing = http().withToken(null).get(CONTACTS);
        EmulatorHttp.Reply unknown = http().withToken("pat-na1-not-a-token").get(CONTACTS);

        for (EmulatorHttp.Reply reply : new EmulatorHttp.Reply[] {missing, unknown}) {
            assertThat(reply.status()).isEqualTo(401);
            JsonNode body = reply.json();
            assertThat(body.path("status").asString()).isEqualTo("error");
            assertThat(body.path("category").asString()).isEqualTo("INVALID_AUTHENTICATION");
            assertThat(body.path("message").asString()).startsWith("Authentication credentials not found");
            assertThat(body.path("correlationId").asString()).isEqualTo(reply.header("X-HubSpot-Correlation-Id")
                    .orElseThrow());
        }
        assertThat(http().get(CONTACTS).status()).isEqualTo(200);
    }

    @Test
    void oauth_tokens_work_until_they_expire_and_the_refresh_token_gets_a_new_one() {
        EmulatorHttp.Reply issued = http().postForm("/oauth/2026-03/token",
                "grant_type=authorization_code&" + CLIENT + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&code=abc");
        assertThat(issued.status()).isEqualTo(200);
        JsonNode grant = issued.json();
        assertThat(grant.path("expires_in").asLong()).isEqualTo(1800);
        assertThat(grant.path("token_type").asString()).isEqualTo("bearer");
        EmulatorHttp oauth = http().withToken(grant.path("access_token").asString());
        assertThat(oauth.get(CONTACTS).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));
        EmulatorHttp.Reply expired = oauth.get(CONTACTS);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("category").asString()).isEqualTo("EXPIRED_AUTHENTICATION");

        EmulatorHttp.Reply refreshed = http().postForm("/oauth/v1/token",
                "grant_type=refresh_token&" + CLIENT + "&refresh_token=" + grant.path("refresh_token").asString());
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(http().withToken(refreshed.json().path("access_token").asString()).get(CONTACTS).status())
                .isEqualTo(200);
    }

    @Test
    void a_bad_refresh_token_or_client_is_refused_with_hubspots_oauth_error() {
        EmulatorHttp.Reply badRefresh = http().postForm("/oauth/v3/token",
                "grant_type=refresh_token&" + CLIENT + "&refresh_token=nope");
        EmulatorHttp.Reply badClient = http().postForm("/oauth/2026-03/token",
                "grant_type=refresh_token&client_id=x&client_secret=y&refresh_token=nope");

        assertThat(badRefresh.status()).isEqualTo(400);
        assertThat(badRefresh.json().path("error").asString()).isEqualTo("invalid_grant");
        assertThat(badRefresh.json().path("status").asString()).isEqualTo("BAD_REFRESH_TOKEN");
        assertThat(badClient.json().path("error").asString()).isEqualTo("invalid_client");
    }

    private EmulatorHttp http() {
        return hubspot.http();
    }
}
