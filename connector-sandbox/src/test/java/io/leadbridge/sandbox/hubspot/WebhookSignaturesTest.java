package io.leadbridge.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The vectors of shared/reference/hubspot-api.md section 11. */
class WebhookSignaturesTest {

    @Test
    void v3_matches_vector_v3_a() {
        assertThat(WebhookSignatures.v3("yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy", "POST",
                "https://www.example.com/webhook_uri", "{\"example_field\":\"example_value\"}", 1564113600000L))
                .isEqualTo("eT0ip2TKVpsIi1vb5C2Uu42eNdHL+oTE3NRZOF67O2U=");
    }

    @Test
    void v3_decodes_the_listed_escapes_of_the_uri_as_in_vector_v3_b() {
        String body = "[{\"eventId\":100,\"subscriptionId\":25,\"portalId\":33,\"appId\":1160452,"
                + "\"occurredAt\":1767225600000,\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
                + "\"objectId\":1246965,\"propertyName\":\"lifecyclestage\","
                + "\"propertyValue\":\"marketingqualifiedlead\","
                + "\"changeSource\":\"CRM_UI\",\"sourceId\":\"userId:45678\"}]";

        assertThat(WebhookSignatures.v3("3c7a8f2e-9b41-4d6a-8e15-2f0c6b9d7a11", "POST",
                "https://sync.example.com/hubspot/webhooks?tenant=acme%3Aeu&src=hs%40crm", body, 1767225601234L))
                .isEqualTo("PGJv/fVyMXmR1LeO6aU7HQ6Zf1Bt+O4MYxow5pj2CNY=");
        assertThat(WebhookSignatures.decodeForV3("https://x.example/a%20b%3ac")).isEqualTo("https://x.example/a%20b:c");
    }

    @Test
    void v1_matches_hubspots_example() {
        String body = "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
                + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":123,"
                + "\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}]";

        assertThat(WebhookSignatures.v1("yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy", body))
                .isEqualTo("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de");
    }
}
