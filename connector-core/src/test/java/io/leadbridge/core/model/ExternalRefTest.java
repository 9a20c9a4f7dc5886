package io.leadbridge.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalRefTest {

    @Test
    void keyNamesSystemObjectTypeAndId() {
        ExternalRef ref = new ExternalRef(CrmSystem.HUBSPOT, "contact", "512");

        assertThat(ref.key()).isEqualTo("HUBSPOT:contact:512");
        assertThat(ref).hasToString("HUBSPOT:contact:512");
    }

    @Test
    void refsAreEqualByValue() {
        assertThat(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q000000000001AAA"))
                .isEqualTo(new ExternalRef(CrmSystem.SALESFORCE, "Lead", "00Q000000000001AAA"))
                .isNotEqualTo(new ExternalRef(CrmSystem.SALESFORCE, "Contact", "00Q000000000001AAA"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void refusesABlankObjectTypeOrId(String blank) {
        assertThatThrownBy(() -> new ExternalRef(CrmSystem.HUBSPOT, blank, "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objectType");
        assertThatThrownBy(() -> new ExternalRef(CrmSystem.HUBSPOT, "contact", blank))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }

    @Test
    void refusesAMissingSystem() {
        assertThatThrownBy(() -> new ExternalRef(null, "contact", "1"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("system");
    }

    @Test
    void eachSystemKnowsTheOther() {
        assertThat(CrmSystem.HUBSPOT.other()).isEqualTo(CrmSystem.SALESFORCE);
        assertThat(CrmSystem.SALESFORCE.other()).isEqualTo(CrmSystem.HUBSPOT);
    }
}
