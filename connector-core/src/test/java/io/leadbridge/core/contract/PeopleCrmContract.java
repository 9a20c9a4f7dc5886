package io.leadbridge.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.port.CrmSink;
import io.leadbridge.core.port.CrmSource;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.sync.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every adapter must do behind the people ports ({@link CrmSink}, {@link CrmSource}), whichever CRM it
 * speaks to. One subclass per adapter and per CRM stand-in: WireMock replaying recorded responses for exactly
 * these scenarios, or the sandbox emulator, which holds real state. Each test starts from an empty CRM.
 *
 * <p>The scenarios use three people, {@link #ADA}, {@link #GRACE} and {@link #LINUS}, written in that order,
 * and {@link #INVALID}, whose email no CRM accepts. Writes come from the other CRM's records
 * {@link #sourceRecord(int) 1, 2, 3 and 4}.
 */
public abstract class PeopleCrmContract {

    protected static final Person ADA = person("ada.lovelace@analytical-engines.example.com", "Ada", "Lovelace",
            "Analytical Engines", "Head of Research");
    protected static final Person GRACE = person("grace.hopper@cobol-works.example.com", "Grace", "Hopper",
            "COBOL Works", "Rear Admiral");
    protected static final Person LINUS = person("linus@kernel-labs.example.com", "Linus", "Torvalds",
            "Kernel Labs", "Maintainer");
    protected static final Person INVALID = person("not-an-email", "Nemo", "Nobody", "Nowhere Inc", "Ghost");

    private CrmSink sink;
    private CrmSource source;

    /** Subclasses call this from their set-up with the adapter's sink and source, pointed at the CRM stand-in. */
    protected final void use(CrmSink sink, CrmSource source) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The adapter's sink, pointed at the CRM stand-in. */
    protected final CrmSink sink() {
        return Objects.requireNonNull(sink, "call use(sink, source) in the test's set-up");
    }

    /** The adapter's source, pointed at the same CRM stand-in. */
    protected final CrmSource source() {
        return Objects.requireNonNull(source, "call use(sink, source) in the test's set-up");
    }

    /** The stream the source reads people from, e.g. {@code hubspot.contacts}. */
    protected abstract StreamId peopleStream();

    /** The record in the other CRM that a write with this number comes from. */
    protected ExternalRef sourceRecord(int number) {
        return sink().system() == CrmSystem.SALESFORCE
                ? new ExternalRef(CrmSystem.HUBSPOT, "contact", String.valueOf(1_246_964 + number))
                : new ExternalRef(CrmSystem.SALESFORCE, "Lead", String.format("00Q5g00000LbE2%sEAF", (char) ('`' + number)));
    }

    /**
     * Called after each write of the read scenario, before anything is read: the time that passes between syncs in
     * production. A CRM whose change feed shows a write only some time later (Salesforce's Lead source holds back
     * changes that {@code getDeleted} does not cover yet, up to a minute) needs it; a stand-in on a test clock
     * moves that clock on. Nothing by default.
     */
    protected void letTimePass() {
    }

    @Test
    void writesEveryPersonOfABatchAndAnswersInInputOrder() {
        List<WriteResult> results = sink().upsertPeople(List.of(write(1, ADA), write(2, GRACE), write(3, LINUS)));

        assertThat(results).hasSize(3).allSatisfy(result -> assertThat(result).isInstanceOfSatisfying(
                WriteResult.Written.class, written -> {
                    assertThat(written.created()).isTrue();
                    assertThat(written.target().system()).isEqualTo(sink().system());
                }));
        assertThat(results.stream().map(r -> ((WriteResult.Written) r).target().id()).distinct()).hasSize(3);
    }

    @Test
    void writingTheSameSourceRecordAgainUpdatesTheRecordItCreated() {
        WriteResult first = sink().upsertPeople(List.of(write(1, ADA))).get(0);
        Person promoted = Person.builder().with(PersonField.EMAIL, ADA.email().orElseThrow())
                .with(PersonField.FIRST_NAME, "Ada").with(PersonField.LAST_NAME, "Lovelace")
                .with(PersonField.COMPANY, "Analytical Engines").with(PersonField.TITLE, "Chief Scientist").build();
        WriteResult second = sink().upsertPeople(List.of(write(1, promoted))).get(0);

        assertThat(first).isInstanceOf(WriteResult.Written.class);
        assertThat(second).isInstanceOfSatisfying(WriteResult.Written.class, written -> {
            assertThat(written.created()).isFalse();
            assertThat(written.target()).isEqualTo(((WriteResult.Written) first).target());
        });
    }

    @Test
    void aPersonTheCrmRejectsFailsAloneAndTheOthersAreWritten() {
        List<WriteResult> results = sink().upsertPeople(List.of(write(1, ADA), write(4, INVALID), write(2, GRACE)));

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(WriteResult.Written.class);
        assertThat(results.get(1)).isInstanceOfSatisfying(WriteResult.Failed.class, failed ->
                assertThat(failed.failure()).isInstanceOfSatisfying(SyncFailure.Permanent.class, permanent -> {
                    assertThat(permanent.code()).isNotBlank();
                    assertThat(String.join(" ", permanent.fields()) + " " + permanent.message())
                            .containsIgnoringCase("email");
                }));
        assertThat(results.get(2)).isInstanceOf(WriteResult.Written.class);
    }

    @Test
    void readsChangedPeopleInWatermarkOrderPageByPageAndNothingPastTheLastOne() {
        for (PersonWrite write : List.of(write(1, ADA), write(2, GRACE), write(3, LINUS))) {
            sink().upsertPeople(List.of(write));
            letTimePass();
        }

        List<ChangeEvent> read = new ArrayList<>();
        Watermark since = Watermark.BEGINNING;
        for (int page = 0; page < 10; page++) {
            ChangePage changes = source().readChanges(peopleStream(), since, 2);
            assertThat(changes.events()).hasSizeLessThanOrEqualTo(2);
            for (ChangeEvent event : changes.events()) {
                Watermark position = event.stream().orElseThrow().position();
                assertThat(position).isGreaterThan(since);
                since = position;
            }
            assertThat(changes.next()).isEqualTo(since);
            read.addAll(changes.events());
            if (changes.events().isEmpty()) {
                break;
            }
        }

        assertThat(read).extracting(event -> event.person().flatMap(Person::email).orElse(""))
                .containsExactly(ADA.email().orElseThrow(), GRACE.email().orElseThrow(), LINUS.email().orElseThrow());
        assertThat(read).allSatisfy(event -> {
            assertThat(event.ref().system()).isEqualTo(source().system());
            assertThat(event.stream().orElseThrow().stream()).isEqualTo(peopleStream());
        });
        assertThat(read.get(0).person().flatMap(p -> p.get(PersonField.LAST_NAME))).contains("Lovelace");
        assertThat(source().readChanges(peopleStream(), since, 2).events()).isEmpty();
    }

    private PersonWrite write(int sourceNumber, Person person) {
        return new PersonWrite(new PersonId(UUID.nameUUIDFromBytes(("person-" + sourceNumber).getBytes())),
                sourceRecord(sourceNumber), Optional.empty(), person.values(), "contract-" + UUID.randomUUID());
    }

    private static Person person(String email, String first, String last, String company, String title) {
        return Person.builder().with(PersonField.EMAIL, email).with(PersonField.FIRST_NAME, first)
                .with(PersonField.LAST_NAME, last).with(PersonField.COMPANY, company).with(PersonField.TITLE, title)
                .build();
    }
}
