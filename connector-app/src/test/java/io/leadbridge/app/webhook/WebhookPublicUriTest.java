package io.leadbridge.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WebhookPublicUriTest {

    @Test
    void rebuildsTheUrlTheClientCalledFromTheHostHeaderKeepingPathAndQueryEncoded() {
        MockHttpServletRequest request = request();
        request.addHeader("Host", "10.0.4.17:8080");

        assertThat(new WebhookPublicUri(Optional.empty()).of(request))
                .isEqualTo("http://10.0.4.17:8080/webhooks/hubspot?tenant=acme%3Aeu&src=hs%40crm");
    }

    @Test
    void prefersTheFirstForwardedSchemeHostAndAnUnusualPortBehindProxies() {
        MockHttpServletRequest request = request();
        request.addHeader("Host", "10.0.4.17:8080");
        request.addHeader("X-Forwarded-Proto", "https, http");
        request.addHeader("X-Forwarded-Host", "sync.example.com, lb.internal");
        request.addHeader("X-Forwarded-Port", "8443");

        assertThat(new WebhookPublicUri(Optional.empty()).of(request))
                .isEqualTo("https://sync.example.com:8443/webhooks/hubspot?tenant=acme%3Aeu&src=hs%40crm");
    }

    @Test
    void usesTheConfiguredPublicUrlWithTheRequestQuery() {
        MockHttpServletRequest request = request();
        request.addHeader("X-Forwarded-Host", "ignored.example.com");

        assertThat(new WebhookPublicUri(Optional.of(URI.create("https://sync.example.com/hubspot/webhooks"))).of(request))
                .isEqualTo("https://sync.example.com/hubspot/webhooks?tenant=acme%3Aeu&src=hs%40crm");
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/hubspot");
        request.setQueryString("tenant=acme%3Aeu&src=hs%40crm");
        return request;
    }
}
