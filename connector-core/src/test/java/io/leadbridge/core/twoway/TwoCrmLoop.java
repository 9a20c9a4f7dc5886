package io.leadbridge.core.twoway;

import io.leadbridge.core.identity.IdentityResolution;
import io.leadbridge.core.identity.IdentityResolver;
import io.leadbridge.core.identity.PeopleLookup;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonId;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangePage;
import io.leadbridge.core.sync.PersonWrite;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.SyncPlan;
import io.leadbridge.core.sync.Watermark;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.core.testing.ChangeEvents;
import io.leadbridge.core.testing.FakeCrmSink;
import io.leadbridge.core.testing.FakeCrmSource;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two CRMs played by the in-memory fakes, synced both ways by a {@link Planning} strategy. Like a real CRM, a
 * record the connector writes gets a new modification time and shows up again in the next poll of its side, so
 * a strategy that re-syncs its own writes ping-pongs here.
 */
final class TwoCrmLoop {

    /** How each change is planned, given where identity resolution sends it, and, once written, settled. */
    interface Planning {
        SyncPlan plan(ChangeEvent event, IdentityResolution resolution);

        void settle(ChangeEvent event, Optional<ExternalRef> writtenTo, Instant at);
    }

    private static final class Side {
        final StreamId stream;
        final FakeCrmSource source;
        final FakeCrmSink sink;
        final Duration clockAhead;
        Watermark cursor = Watermark.BEGINNING;

        Side(StreamId stream, Duration clockAhead) {
            this.stream = stream;
            this.clockAhead = clockAhead;
            this.source = new FakeCrmSource(stream.system(), stream);
            this.sink = new FakeCrmSink(stream.system());
        }
    }

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final Map<CrmSystem, Side> sides = new EnumMap<>(CrmSystem.class);
    private final Planning planning;
    private final List<IdentityResolution> resolutions = new ArrayList<>();
    private Optional<IdentityResolver> identity = Optional.empty();

    TwoCrmLoop(Planning planning) {
        this(planning, Duration.ZERO);
    }

    /** Salesforce's clock runs {@code salesforceClockAhead} ahead of HubSpot's, as CRM clocks do drift. */
    TwoCrmLoop(Planning planning, Duration salesforceClockAhead) {
        this.planning = planning;
        sides.put(CrmSystem.HUBSPOT, new Side(ChangeEvents.HUBSPOT_CONTACTS, Duration.ZERO));
        sides.put(CrmSystem.SALESFORCE, new Side(ChangeEvents.SALESFORCE_LEADS, salesforceClockAhead));
    }

    /** From now on, a record seen for the first time is matched against {@code lookups} before anything is created. */
    TwoCrmLoop resolvingIdentityWith(List<PeopleLookup> lookups) {
        identity = Optional.of(new IdentityResolver(ids, lookups));
        return this;
    }

    /** A record that was in the CRM before the connector started: nothing reads it as a change. */
    void alreadyHolds(ExternalRef ref, Person person) {
        sides.get(ref.system()).sink.seed(ref, person.values());
    }

    /** A user saves {@code person} on {@code ref} in its CRM, a minute after the last event; its CRM stamps the time. */
    void userSaves(ExternalRef ref, Person person) {
        Side side = sides.get(ref.system());
        clock.advance(Duration.ofMinutes(1));
        side.sink.seed(ref, person.values());
        side.source.upsert(side.stream, ref, clock.instant().plus(side.clockAhead), person);
    }

    /** Runs {@code cycles} rounds of: sync HubSpot's changes to Salesforce, then Salesforce's to HubSpot. */
    void runCycles(int cycles) {
        for (int i = 0; i < cycles; i++) {
            syncFrom(CrmSystem.HUBSPOT);
            syncFrom(CrmSystem.SALESFORCE);
        }
    }

    private void syncFrom(CrmSystem system) {
        Side from = sides.get(system);
        Side to = sides.get(system.other());
        ChangePage page = from.source.readChanges(from.stream, from.cursor, 100);
        from.cursor = page.next();
        for (ChangeEvent event : page.events()) {
            IdentityResolution resolution = resolve(event);
            if (resolution instanceof IdentityResolution.Conflict) {
                continue;
            }
            Optional<ExternalRef> target = targetOf(resolution, event.ref());
            PersonId person = ids.personFor(event.ref());
            SyncPlan plan = planning.plan(event, resolution);
            if (plan.writesNothing()) {
                planning.settle(event, Optional.empty(), clock.instant());
                continue;
            }
            List<WriteResult> results = to.sink.upsertPeople(List.of(
                    new PersonWrite(person, event.ref(), target, plan.changes(), event.dedupKey())));
            ExternalRef written = ((WriteResult.Written) results.get(0)).target();
            ids.link(person, written);
            planning.settle(event, Optional.of(written), clock.instant());
            clock.advance(Duration.ofSeconds(1));
            to.source.upsert(to.stream, written, clock.instant().plus(to.clockAhead),
                    Person.of(to.sink.record(written)));
        }
    }

    /** The id map's record, or with identity resolution on, the resolver's answer. */
    private IdentityResolution resolve(ChangeEvent event) {
        if (identity.isEmpty()) {
            return ids.find(event.ref()).flatMap(p -> ids.refIn(p, event.ref().system().other()))
                    .<IdentityResolution>map(t -> new IdentityResolution.Linked(t, "id map"))
                    .orElseGet(() -> new IdentityResolution.NoMatch("not linked yet"));
        }
        IdentityResolution resolution = identity.get().resolve(event.ref(), event.person().flatMap(Person::email));
        resolutions.add(resolution);
        return resolution;
    }

    /** The record to write to; empty to create one. A match that belongs to a person takes the source in. */
    private Optional<ExternalRef> targetOf(IdentityResolution resolution, ExternalRef source) {
        if (resolution instanceof IdentityResolution.Linked linked) {
            return Optional.of(linked.target());
        }
        if (resolution instanceof IdentityResolution.Matched matched) {
            matched.existingPerson().ifPresent(existing -> ids.link(existing, source));
            return Optional.of(matched.target());
        }
        return Optional.empty();
    }

    /** Every identity resolution made, in order. */
    List<IdentityResolution> resolutions() {
        return List.copyOf(resolutions);
    }

    /** Records the connector created in {@code system}, as opposed to updating existing ones. */
    long createdIn(CrmSystem system) {
        return sides.get(system).sink.applied().stream().filter(w -> w.target().isEmpty()).count();
    }

    /** The records each write to {@code system} went to, in order. */
    List<ExternalRef> writeTargetsIn(CrmSystem system) {
        FakeCrmSink sink = sides.get(system).sink;
        return sink.applied().stream().map(w -> w.target().orElseGet(() -> sink.targetOf(w.source()).orElseThrow()))
                .toList();
    }

    /** Writes the connector made into {@code system}. */
    int writesTo(CrmSystem system) {
        return sides.get(system).sink.applied().size();
    }

    /** The record of {@code system} that belongs to the same person as {@code ref}. */
    ExternalRef counterpartOf(ExternalRef ref) {
        return ids.refIn(ids.find(ref).orElseThrow(), ref.system().other()).orElseThrow();
    }

    /** A record as its CRM holds it now. */
    Person recordIn(ExternalRef ref) {
        return Person.of(sides.get(ref.system()).sink.record(ref));
    }
}
