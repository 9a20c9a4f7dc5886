package io.leadbridge.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamIdTest {

    @Test
    void keyIsTheLowerCaseSystemDotObjectType() {
        assertThat(new StreamId(CrmSystem.HUBSPOT, "contacts").key()).isEqualTo("hubspot.contacts");
        assertThat(new StreamId(CrmSystem.SALESFORCE, "Lead")).hasToString("salesforce.Lead");
    }

    @Test
    void parsesItsOwnKeyBack() {
        StreamId stream = new StreamId(CrmSystem.SALESFORCE, "Lead");

        assertThat(StreamId.parse(stream.key())).isEqualTo(stream);
    }

    @Test
    void parsesTheSystemCaseInsensitivelyAndKeepsDotsInTheObjectType() {
        assertThat(StreamId.parse("HubSpot.contacts")).isEqualTo(new StreamId(CrmSystem.HUBSPOT, "contacts"));
        assertThat(StreamId.parse("salesforce.Lead.deleted"))
                .isEqualTo(new StreamId(CrmSystem.SALESFORCE, "Lead.deleted"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubspot", ".contacts", "", "hubspot. "})
    void refusesAKeyWithoutBothParts(String key) {
        assertThatThrownBy(() -> StreamId.parse(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUnknownSystem() {
        assertThatThrownBy(() -> StreamId.parse("pipedrive.persons")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABlankObjectType() {
        assertThatThrownBy(() -> new StreamId(CrmSystem.HUBSPOT, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objectType");
        assertThatThrownBy(() -> new StreamId(null, "contacts")).isInstanceOf(NullPointerException.class);
    }
}
