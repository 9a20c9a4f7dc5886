package io.leadbridge.proof.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void hubSpotCallsAreNamedByMethodAndPathWithIdsAndVersionGeneralised() {
        assertThat(Operations.hubspot("POST", "/crm/objects/2026-03/contacts/search"))
                .isEqualTo("POST /crm/objects/{v}/contacts/search");
        assertThat(Operations.hubspot("PATCH", "/crm/v3/objects/contacts/1234")).isEqualTo("PATCH /crm/v3/objects/contacts/{id}");
    }

    @Test
    void aHubSpotSearchPageWithoutResultsFoundNothingAndEveryOtherAnswerDid() {
        String search = "POST /crm/objects/{v}/contacts/search";
        assertThat(Operations.HUBSPOT.foundNothing(search, 200, bytes("{\"total\":0,\"results\":[]}"))).isTrue();
        assertThat(Operations.HUBSPOT.foundNothing(search, 200, bytes("{\"total\": 0, \"results\": [ ]}"))).isTrue();
        assertThat(Operations.HUBSPOT.foundNothing(search, 200,
                bytes("{\"total\":1,\"results\":[{\"id\":\"512\",\"properties\":{}}]}"))).isFalse();
        assertThat(Operations.HUBSPOT.foundNothing(search, 429, bytes("{\"status\":\"error\"}"))).isFalse();
        assertThat(Operations.HUBSPOT.foundNothing("GET /crm/v3/owners", 200, bytes("{\"results\":[]}"))).isFalse();
    }

    @Test
    void salesforceSoapCallsAreNamedByTheirOperation() throws IOException {
        byte[] upsert = """
                <?xml version="1.0"?><env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/">
                <env:Header/><env:Body> <m:upsert xmlns:m="urn:partner.soap.sforce.com"/></env:Body></env:Envelope>"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Operations.salesforce("POST", "/services/Soap/u/65.0/00D000000000001", upsert)).isEqualTo("SOAP upsert");
        assertThat(Operations.salesforce("POST", "/services/Soap/u/65.0/00D000000000001", gzip(upsert)))
                .as("the partner client gzips its requests").isEqualTo("SOAP upsert");
        assertThat(Operations.salesforce("POST", "/services/oauth2/token", new byte[0]))
                .isEqualTo("POST /services/oauth2/token");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }
}
