package io.leadbridge.hubspot.mapping;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a HubSpot contact into a polled change of a canonical {@link Person}, through the field mapping. The owner
 * ({@code ownerEmail}) is read as the email of the HubSpot owner whose id the mapped property
 * ({@code hubspot_owner_id}) holds; without an owner directory it is not read at all.
 */
public final class ContactMapper {

    /** The object type in the {@link ExternalRef} of a HubSpot contact. */
    public static final String OBJECT_TYPE = "contact";

    private static final Logger log = LoggerFactory.getLogger(ContactMapper.class);

    private final Map<PersonField, String> propertyByField;
    private final Optional<OwnerDirectory> owners;

    /** Without owners: a mapped {@code ownerEmail} is not read. */
    public ContactMapper(FieldMappings mappings) {
        this(mappings, Optional.empty());
    }

    /** @param owners HubSpot's owners, by email and by id */
    public ContactMapper(FieldMappings mappings, Optional<OwnerDirectory> owners) {
        this.propertyByField = ContactWrites.withoutOwnerUnless(owners.isPresent(), mappings.namesIn(CrmSystem.HUBSPOT));
        this.owners = owners;
    }

    /**
     * The change this search result stands for. Empty for an archived contact, and for one without an id or
     * a modification time (logged by id only), which a well-formed response never holds.
     *
     * <p>The modification time is {@code lastmodifieddate} (ISO-8601 or epoch milliseconds), else
     * {@code updatedAt}.
     */
    public Optional<ChangeEvent> toEvent(StreamId stream, HubSpotObject contact) {
        return read(contact).map(c -> ChangeEvent.polled(stream, c.ref(), c.modifiedAt(), c.person()));
    }

    /**
     * The change a contact read by id stands for, outside any stream (a webhook told us it changed). Its
     * dedup key equals the polled change of the same version, so the inbox stores that version once.
     */
    public Optional<ChangeEvent> toUnstreamedEvent(HubSpotObject contact) {
        return read(contact).map(c -> new ChangeEvent(c.ref(), ChangeKind.UPSERT, c.modifiedAt(),
                Optional.of(c.person()), Optional.empty()));
    }

    /**
     * The merges a surviving contact records in {@code hs_merged_object_ids}: each merged-away contact as a delete
     * merged into this one, at the survivor's version {@code at} and outside any stream. HubSpot keeps the property,
     * so every later version of the survivor names its merges again; applying a merge twice changes nothing.
     */
    public List<ChangeEvent> mergedAway(HubSpotObject survivor, Instant at) {
        Optional<String> survivorId = id(survivor);
        if (survivorId.isEmpty() || survivor.archived()) {
            return List.of();
        }
        String merged = survivor.properties().get(ContactProperties.MERGED_OBJECT_IDS);
        if (merged == null) {
            return List.of();
        }
        return Arrays.stream(merged.split(";")).map(String::strip).filter(id -> !id.isEmpty())
                .filter(id -> !id.equals(survivorId.get())).distinct()
                .map(id -> ChangeEvent.merged(ref(id), ref(survivorId.get()), at, Optional.empty()))
                .toList();
    }

    /**
     * The modification time of a contact version as its changes carry it: {@code lastmodifieddate}, else
     * {@code updatedAt} (null when absent). A write's answer is timed the same way, so that its version compares with
     * the versions polls and webhooks read.
     */
    public static Optional<Instant> modifiedAt(Map<String, String> properties, Instant updatedAt) {
        return HubSpotTimestamps.parse(properties.get(ContactProperties.LAST_MODIFIED))
                .or(() -> Optional.ofNullable(updatedAt));
    }

    /** A contact deleted (or archived) at {@code deletedAt}, outside any stream. */
    public static ChangeEvent deleted(String contactId, Instant deletedAt) {
        return new ChangeEvent(ref(contactId), ChangeKind.DELETE, deletedAt, Optional.empty(), Optional.empty());
    }

    private static ExternalRef ref(String contactId) {
        return new ExternalRef(CrmSystem.HUBSPOT, OBJECT_TYPE, contactId);
    }

    private Optional<ReadContact> read(HubSpotObject contact) {
        if (contact.archived()) {
            return Optional.empty();
        }
        Optional<String> id = id(contact);
        if (id.isEmpty()) {
            log.warn("Skipping a HubSpot contact without an id in a response");
            return Optional.empty();
        }
        Optional<Instant> modifiedAt = modifiedAt(contact.properties(), contact.updatedAt());
        if (modifiedAt.isEmpty()) {
            log.warn("Skipping HubSpot contact {}: it has neither {} nor updatedAt", id.get(),
                    ContactProperties.LAST_MODIFIED);
            return Optional.empty();
        }
        ExternalRef ref = ref(id.get());
        return Optional.of(new ReadContact(ref, modifiedAt.get(), person(contact)));
    }

    private record ReadContact(ExternalRef ref, Instant modifiedAt, Person person) {
    }

    private Person person(HubSpotObject contact) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        propertyByField.forEach((field, property) -> values.put(field, contact.properties().get(property)));
        values.computeIfPresent(PersonField.OWNER_EMAIL, (field, ownerId) -> owners
                .flatMap(directory -> directory.emailOf(ownerId.strip())).orElse(null));
        return Person.of(values);
    }

    private static Optional<String> id(HubSpotObject contact) {
        return text(contact.id()).or(() -> text(contact.properties().get(ContactProperties.OBJECT_ID)));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
