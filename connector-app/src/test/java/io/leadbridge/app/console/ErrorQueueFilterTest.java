package io.leadbridge.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.port.ErrorFilter;
import io.leadbridge.core.port.ErrorStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class ErrorQueueFilterTest {

    @Test
    void blankFieldsMatchEverythingAndGivenOnesAreReadCaseInsensitively() {
        assertThat(ErrorQueueFilter.of(" ", null, "", null)).isEqualTo(ErrorFilter.ALL);
        assertThat(ErrorQueueFilter.of("hubspot", " contact ", "INVALID_EMAIL_ADDRESS", "open"))
                .isEqualTo(new ErrorFilter(Optional.of(CrmSystem.HUBSPOT), Optional.of("contact"),
                        Optional.of("INVALID_EMAIL_ADDRESS"), Optional.of(ErrorStatus.OPEN)));
    }

    @Test
    void anUnknownSystemOrStatusIsABadRequestNamingTheFieldAndTheAllowedValues() {
        assertThatThrownBy(() -> ErrorQueueFilter.of("zoho", null, null, null))
                .isInstanceOfSatisfying(ResponseStatusException.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(400);
                    assertThat(refused.getReason())
                            .isEqualTo("system must be one of [HUBSPOT, SALESFORCE], was 'zoho'");
                });
        assertThatThrownBy(() -> ErrorQueueFilter.of(null, null, null, "closed"))
                .isInstanceOfSatisfying(ResponseStatusException.class, refused -> assertThat(refused.getReason())
                        .isEqualTo("status must be one of [OPEN, RETRYING, RESOLVED, DISMISSED], was 'closed'"));
    }
}
