package io.leadbridge.hubspot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The v3 vectors of the reference (section 11), and the ways a forged or replayed request must fail. */
class HubSpotSignatureVerifierTest {

    private static final String A_SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private static final String A_URI = "https://www.example.com/webhook_uri";
    private static final byte[] A_BODY = "{\"example_field\":\"example_value\"}".getBytes(StandardCharsets.UTF_8);
    private static final String A_TIMESTAMP = "1564113600000";
    private static final String A_SIGNATURE = "eT0ip2TKVpsIi1vb5C2Uu42eNdHL+oTE3NRZOF67O2U=";

    private static final String B_SECRET = "3c7a8f2e-9b41-4d6a-8e15-2f0c6b9d7a11";
    private static final String B_URI = "https://sync.example.com/hubspot/webhooks?tenant=acme%3Aeu&src=hs%40crm";
    private static final String B_TIMESTAMP = "1767225601234";
    private static final String B_SIGNATURE = "PGJv/fVyMXmR1LeO6aU7HQ6Zf1Bt+O4MYxow5pj2CNY=";
    private static final String B_BODY = "[{\"eventId\":100,\"subscriptionId\":25,\"portalId\":33,\"appId\":1160452,"
            + "\"occurredAt\":1767225600000,\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
            + "\"objectId\":1246965,\"propertyName\":\"lifecyclestage\",\"propertyValue\":\"marketingqualifiedlead\","
            + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:45678\"}]";

    @Test
    void acceptsVectorV3AFromHubSpotsDocumentation() {
        assertThat(verifierAt(A_SECRET, 1564113600000L + 1000).verify("POST", A_URI, A_BODY, A_SIGNATURE, A_TIMESTAMP))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void acceptsVectorV3BWhoseUriHoldsEscapesHubSpotDecodesBeforeSigning() {
        assertThat(verifierAt(B_SECRET, 1767225601234L + 1000).verify("POST", B_URI, bBody(), B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.VALID);
        assertThat(bBody()).hasSize(298);
    }

    @Test
    void rejectsTheSignatureOfTheUndecodedUri() {
        assertThat(verifierAt(B_SECRET, 1767225601234L + 1000).verify("POST", B_URI, bBody(),
                "PnB0Wa9S3cuRG/EcVDcpp5/b+WYurhaSDzyNvHiqYHI=", B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.INVALID_SIGNATURE);
    }

    @Test
    void rejectsAnAlteredBody() {
        byte[] altered = B_BODY.replace("marketingqualifiedlead", "salesqualifiedlead").getBytes(StandardCharsets.UTF_8);

        assertThat(verifierAt(B_SECRET, 1767225601234L + 1000).verify("POST", B_URI, altered, B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.INVALID_SIGNATURE);
        assertThat(verifierAt(B_SECRET, 1767225601234L + 1000).verify("POST", B_URI, altered,
                "HYLAhYGoMcx78uxfIRFVcB66P31MYGTwnLUkQe9ekCQ=", B_TIMESTAMP))
                .as("the reference's signature of the altered body").isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void rejectsTheSignatureOfAnotherSecret() {
        assertThat(verifierAt("00000000-1111-2222-3333-444444444444", 1767225601234L + 1000)
                .verify("POST", B_URI, bBody(), B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.INVALID_SIGNATURE);
    }

    @Test
    void rejectsATimestampMoreThanFiveMinutesOldWhateverTheSignature() {
        assertThat(verifierAt(B_SECRET, 1767225601234L + 300_001).verify("POST", B_URI, bBody(), B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.STALE_TIMESTAMP);
        assertThat(verifierAt(B_SECRET, 1767225601234L + 300_000).verify("POST", B_URI, bBody(), B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void rejectsATimestampFromTheFarFuture() {
        assertThat(verifierAt(B_SECRET, 1767225601234L - 300_001).verify("POST", B_URI, bBody(), B_SIGNATURE, B_TIMESTAMP))
                .isEqualTo(SignatureVerdict.STALE_TIMESTAMP);
    }

    @Test
    void rejectsARequestWithoutSignatureOrWithAnUnreadableTimestamp() {
        HubSpotSignatureVerifier verifier = verifierAt(B_SECRET, 1767225601234L + 1000);

        assertThat(verifier.verify("POST", B_URI, bBody(), null, B_TIMESTAMP)).isEqualTo(SignatureVerdict.MISSING_SIGNATURE);
        assertThat(verifier.verify("POST", B_URI, bBody(), " ", B_TIMESTAMP)).isEqualTo(SignatureVerdict.MISSING_SIGNATURE);
        assertThat(verifier.verify("POST", B_URI, bBody(), B_SIGNATURE, null)).isEqualTo(SignatureVerdict.INVALID_TIMESTAMP);
        assertThat(verifier.verify("POST", B_URI, bBody(), B_SIGNATURE, "yesterday"))
                .isEqualTo(SignatureVerdict.INVALID_TIMESTAMP);
    }

    @Test
    void rejectsAnotherMethodOrUri() {
        HubSpotSignatureVerifier verifier = verifierAt(A_SECRET, 1564113600000L + 1000);

        assertThat(verifier.verify("PUT", A_URI, A_BODY, A_SIGNATURE, A_TIMESTAMP)).isEqualTo(SignatureVerdict.INVALID_SIGNATURE);
        assertThat(verifier.verify("POST", "http://www.example.com/webhook_uri", A_BODY, A_SIGNATURE, A_TIMESTAMP))
                .isEqualTo(SignatureVerdict.INVALID_SIGNATURE);
    }

    @Test
    void decodesOnlyHubSpotsTwelveEscapesInEitherCase() {
        assertThat(HubSpotSignatureVerifier.decodeHubSpotEscapes(
                "https://h.example/p%2fq?a=%3a%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B&b=%20%25%2B"))
                .isEqualTo("https://h.example/p/q?a=::/?@!$'()*,;&b=%20%25%2B");
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(verifierAt(B_SECRET, 0).toString()).doesNotContain(B_SECRET);
    }

    private static byte[] bBody() {
        return B_BODY.getBytes(StandardCharsets.UTF_8);
    }

    private static HubSpotSignatureVerifier verifierAt(String secret, long nowMillis) {
        return new HubSpotSignatureVerifier(secret, MutableClock.startingAt(Instant.ofEpochMilli(nowMillis)));
    }
}
