package io.leadbridge.core.echo;

import static io.leadbridge.core.testing.ChangeEvents.hubspotContact;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EchoSuppressionTest {

    private static final ExternalRef LEAD = salesforceLead("00Q5g00000AbCdEFGH");
    private static final Instant WRITTEN_AT = Instant.parse("2025-03-03T09:00:05Z");
    private static final Instant CHANGED_AT = Instant.parse("2025-03-03T09:02:00Z");
    private static final ExternalRef CONTACT = hubspotContact("512");
    /** HubSpot's own time of the contact version our clear-then-set produced (after its clear at 09:00:06.100). */
    private static final Instant HUBSPOT_SET_AT = Instant.parse("2025-03-03T09:00:06.180Z");
    private static final Instant HUBSPOT_CLEARED_AT = Instant.parse("2025-03-03T09:00:06.100Z");

    private final InMemoryOwnWriteStore ownWrites = new InMemoryOwnWriteStore();
    private final EchoSuppression echoSuppression = new EchoSuppression(ownWrites);

    @Test
    void aFieldHoldingExactlyWhatWeWroteIsAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.FIRST_NAME, "Kim", PersonField.TITLE, "CTO"), WRITTEN_AT);

        EchoCheck check = echoSuppression.check(LEAD, CHANGED_AT, People.aPerson().withFirstName("Kim").withTitle("CTO").build());

        assertThat(check.echoes()).containsOnlyKeys(PersonField.FIRST_NAME, PersonField.TITLE);
        assertThat(check.echoes().get(PersonField.TITLE)).isEqualTo("echo: Leadbridge wrote this value to "
                + "SALESFORCE:Lead:00Q5g00000AbCdEFGH at 2025-03-03T09:00:05Z, so it is not synced back");
        assertThat(check.overwritten()).isEmpty();
    }

    @Test
    void aFieldWeClearedThatIsStillBlankIsAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.PHONE, ""), WRITTEN_AT);

        EchoCheck check = echoSuppression.check(LEAD, CHANGED_AT, People.aPerson().withPhone(null).build());

        assertThat(check.isEcho(PersonField.PHONE)).isTrue();
    }

    @Test
    void aFieldSomeoneChangedAfterOurWriteIsTheirChangeAndOurMemoryOfItEndsWhenSettled() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), WRITTEN_AT);
        Person retitled = People.aPerson().withTitle("VP Engineering").build();

        EchoCheck check = echoSuppression.check(LEAD, CHANGED_AT, retitled);
        echoSuppression.settle(LEAD, check);

        assertThat(check.echoes()).isEmpty();
        assertThat(check.overwritten()).containsExactly(PersonField.TITLE);
        assertThat(ownWrites.lastWritten(LEAD)).isEmpty();
    }

    @Test
    void settingAFieldBackToOurValueAfterSomeoneElseChangedItIsNotAnEcho() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), WRITTEN_AT);
        echoSuppression.settle(LEAD, echoSuppression.check(LEAD, CHANGED_AT, People.aPerson().withTitle("VP").build()));

        EchoCheck check = echoSuppression.check(LEAD, CHANGED_AT, People.aPerson().withTitle("CTO").build());

        assertThat(check.echoes()).isEmpty();
    }

    @Test
    void aVersionOlderThanOurWriteHoldingAnIntermediateValueIsNoOverwriteAndOurMemoryStays() {
        ownWrites.remember(CONTACT, Map.of(PersonField.LIFECYCLE_STAGE, "lead"), WRITTEN_AT,
                Optional.of(HUBSPOT_SET_AT));

        EchoCheck cleared = echoSuppression.check(CONTACT, HUBSPOT_CLEARED_AT,
                People.aPerson().with(PersonField.LIFECYCLE_STAGE, "").build());
        echoSuppression.settle(CONTACT, cleared);

        assertThat(cleared.overwritten()).isEmpty();
        assertThat(cleared.notOwn()).containsOnlyKeys(PersonField.LIFECYCLE_STAGE);
        assertThat(cleared.predating().get(PersonField.LIFECYCLE_STAGE)).isEqualTo("older version: this version of"
                + " HUBSPOT:contact:512 (2025-03-03T09:00:06.100Z) predates Leadbridge's write of lifecycleStage"
                + " (2025-03-03T09:00:06.180Z), so its value is not synced");
        assertThat(echoSuppression.check(CONTACT, HUBSPOT_SET_AT,
                People.aPerson().with(PersonField.LIFECYCLE_STAGE, "lead").build()).isEcho(PersonField.LIFECYCLE_STAGE))
                .as("the final version of our write is still our echo").isTrue();
    }

    @Test
    void someoneChangingTheFieldAfterOurWriteIsStillTheirOverwrite() {
        ownWrites.remember(CONTACT, Map.of(PersonField.LIFECYCLE_STAGE, "lead"), WRITTEN_AT,
                Optional.of(HUBSPOT_SET_AT));

        EchoCheck theirs = echoSuppression.check(CONTACT, HUBSPOT_SET_AT.plusMillis(1),
                People.aPerson().with(PersonField.LIFECYCLE_STAGE, "customer").build());
        echoSuppression.settle(CONTACT, theirs);

        assertThat(theirs.overwritten()).containsExactly(PersonField.LIFECYCLE_STAGE);
        assertThat(theirs.notOwn()).isEmpty();
        assertThat(ownWrites.lastWritten(CONTACT)).isEmpty();
    }

    @Test
    void aDifferentValueStampedInTheSameMillisecondAsOurWriteIsNotOlderSoItIsAnOverwrite() {
        ownWrites.remember(CONTACT, Map.of(PersonField.LIFECYCLE_STAGE, "lead"), WRITTEN_AT,
                Optional.of(HUBSPOT_SET_AT));

        EchoCheck sameTime = echoSuppression.check(CONTACT, HUBSPOT_SET_AT,
                People.aPerson().with(PersonField.LIFECYCLE_STAGE, "customer").build());

        assertThat(sameTime.overwritten()).containsExactly(PersonField.LIFECYCLE_STAGE);
    }

    @Test
    void withoutTheCrmsTimeOfOurWriteAnyOtherValueCountsAsAnOverwriteHoweverOldTheVersion() {
        ownWrites.remember(LEAD, Map.of(PersonField.TITLE, "CTO"), WRITTEN_AT);

        EchoCheck older = echoSuppression.check(LEAD, WRITTEN_AT.minusSeconds(60),
                People.aPerson().withTitle("VP").build());

        assertThat(older.overwritten()).containsExactly(PersonField.TITLE);
        assertThat(older.predating()).isEmpty();
    }

    @Test
    void fieldsWeNeverWroteAreNeitherEchoesNorOverwritten() {
        EchoCheck check = echoSuppression.check(LEAD, CHANGED_AT, People.aPerson().build());

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
