package io.leadbridge.core.echo;

import static io.leadbridge.core.testing.ChangeEvents.salesforceLead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.testing.InMemoryOwnWriteStore;
import io.leadbridge.core.testing.People;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EchoSuppressionTest {

    private static final ExternalRef LEAD = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant WRITTEN_AT = Instant.parse("2025-03-03T09:00:05Z");

    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final EchoSuppression echoSuppression = new EchoSuppression(ownWrites);

    @Test
    void aFieldHoldingExactlyWhatWeWroteIsAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.FIRST_NAME, "Kim", PersonField.TITLE, "CTO"), WRITTEN_AT);

        EchoCheck check = echoSuppression.check(LEAD, People.aPerson().withFirstName("Kim").withTitle("CTO").build());

        assertThat(check.echoes()).containsOnlyKeys(PersonField.FIRST_NAME, PersonField.TITLE);
        assertThat(check.echoes().get(PersonField.TITLE)).isEqualTo("echo: Leadbridge wrote this value to "
                + "SALESFORCE:Lead:00Q5g00000AbCdEFGH at 2025-03-03T09:00:05Z, so it is not synced back");
        assertThat(check.overwritten()).isEmpty();
    }

    @Test
    void aFieldWeClearedThatIsStillBlankIsAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.PHONE, ""), WRITTEN_AT);

        EchoCheck check = echoSuppression.check(LEAD, People.aPerson().withPhone(null).build());

        assertThat(check.isEcho(PersonField.PHONE)).isTrue();
    }

    @Test
    void aFieldSomeoneChangedAfterOurWriteIsTheirChangeAndOurMemoryOfItEndsWhenSettled() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), WRITTEN_AT);
        Person retitled = People.aPerson().withTitle("VP Engineering").build();

        EchoCheck check = echoSuppression.check(LEAD, retitled);
        echoSuppression.settle(LEAD, check);

        assertThat(check.echoes()).isEmpty();
        assertThat(check.overwritten()).containsExactly(PersonField.TITLE);
        assertThat(ownWrites.lastWritten(LEAD)).isEmpty();
    }

    @Test
    void settingAFieldBackToOurValueAfterSomeoneElseChangedItIsNotAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), WRITTEN_AT);
        echoSuppression.settle(LEAD, echoSuppression.check(LEAD, People.aPerson().withTitle("VP").build()));

        EchoCheck check = echoSuppression.check(LEAD, People.aPerson().withTitle("CTO").build());

        assertThat(check.echoes()).isEmpty();
    }

    @Test
    void fieldsWeNeverWroteAreNeitherEchoesNorOverwritten() {
        EchoCheck check = echoSuppression.check(LEAD, People.aPerson().build());

        assertThat(check.echoes()).isEmpty();
        assertThat(check.overwritten()).isEmpty();
    }

    @Test
    void fingerprintsIgnoreSurroundingSpaceButNotCaseAndKeepNoValue() {
        ValueFingerprint cto = ValueFingerprint.of("CTO");

        assertThat(cto.matches(" CTO ")).isTrue();
        assertThat(cto.matches("cto")).isFalse();
        assertThat(cto.hex()).hasSize(64).doesNotContain("CTO");
        assertThat(ValueFingerprint.of(null)).isEqualTo(ValueFingerprint.of(""));
        assertThatThrownBy(() -> new ValueFingerprint("abc")).hasMessageContaining("64 hexadecimal digits");
    }
}
