package io.leadbridge.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.port.SyncError;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorFilterTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final SyncError INVALID_EMAIL = error(CrmSystem.HUBSPOT, "contact", "512",
            new SyncFailure.Permanent("INVALID_EMAIL_ADDRESS", "Email: invalid email address", "", List.of("Email")));
    private static final SyncError RATE_LIMITED = error(CrmSystem.SALESFORCE, "Lead", "00Q5g00000AbCd1EAF",
            new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded", "", Duration.ZERO));

    @Test
    void blankPartsMatchEverythingAndEachGivenPartNarrows() {
        assertThat(ErrorFilter.of("", null, " ").matches(INVALID_EMAIL)).isTrue();
        assertThat(ErrorFilter.of("", null, " ").matches(RATE_LIMITED)).isTrue();

        assertThat(ErrorFilter.of("hubspot", null, null).matches(INVALID_EMAIL)).isTrue();
        assertThat(ErrorFilter.of("hubspot", null, null).matches(RATE_LIMITED)).isFalse();
        assertThat(ErrorFilter.of(null, "ratelimited", null).matches(RATE_LIMITED)).isTrue();
        assertThat(ErrorFilter.of(null, "Permanent", null).matches(RATE_LIMITED)).isFalse();
        assertThat(ErrorFilter.of(null, null, "invalid EMAIL").matches(INVALID_EMAIL)).isTrue();
        assertThat(ErrorFilter.of(null, null, "AbCd1").matches(RATE_LIMITED)).isTrue();
        assertThat(ErrorFilter.of(null, null, "limit_exceeded").matches(INVALID_EMAIL)).isFalse();
    }

    @Test
    void anUnknownSystemOrKindIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ErrorFilter.of("zoho", null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system must be one of [HUBSPOT, SALESFORCE], was 'zoho'");
        assertThatThrownBy(() -> ErrorFilter.of(null, "Fatal", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kind must be one of [").hasMessageEndingWith("], was 'Fatal'");
    }

    private static SyncError error(CrmSystem system, String objectType, String id, SyncFailure failure) {
        Person person = Person.builder().with(PersonField.EMAIL, "kim@example.com").build();
        ChangeEvent event = ChangeEvent.polled(new StreamId(system, objectType + "s"),
                new ExternalRef(system, objectType, id), AT, person);
        return new SyncError(1, event, failure, 1, AT);
    }
}
