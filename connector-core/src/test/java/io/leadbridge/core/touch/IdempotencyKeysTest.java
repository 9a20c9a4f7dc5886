package io.leadbridge.core.touch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private static final String KEY = IdempotencyKeys.mirrorOf(
            new ExternalRef(CrmSystem.HUBSPOT, "email", "88120455401"), CrmSystem.SALESFORCE);

    @Test
    void aMirrorsTextNamesItsKeySoTheMirrorIsRecognisedWhenReadBack() {
        String comments = "Hi Kim,\n\n" + IdempotencyKeys.label(KEY) + "\n\nOutbound by sdr@example.com.";

        assertThat(IdempotencyKeys.labelledIn(comments)).contains(KEY);
    }

    @Test
    void textWithoutALabelledKeyOrWithAMangledOneNamesNone() {
        assertThat(IdempotencyKeys.labelledIn(null)).isEmpty();
        assertThat(IdempotencyKeys.labelledIn("Thanks for your time, " + KEY)).isEmpty();
        assertThat(IdempotencyKeys.labelledIn(IdempotencyKeys.LABEL + KEY.substring(0, 30))).isEmpty();
        assertThat(IdempotencyKeys.labelledIn(IdempotencyKeys.LABEL + KEY + "ab")).isEmpty();
    }

    @Test
    void onlyALeadbridgeKeyCanBeLabelled() {
        assertThatThrownBy(() -> IdempotencyKeys.label("00T5g00000XyZ12EAB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lb1-");
    }
}
