package io.leadbridge.app.persistence;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.ChangeKind;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link ChangeEvent} as JSON text. The format is versioned by its field names only; new fields
 * must be optional so that rows written by an older version still read.
 */
final class ChangeEventCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ChangeEventCodec() {
    }

    static String encode(ChangeEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("system", event.ref().system().name());
        json.put("objectType", event.ref().objectType());
        json.put("id", event.ref().id());
        json.put("kind", event.kind().name());
        json.put("modifiedAt", event.modifiedAt().toString());
        event.person().ifPresent(person -> json.put("person", PersonFieldsJson.toMap(person)));
        event.stream().ifPresent(position -> {
            json.put("stream", position.stream().key());
            json.put("positionAt", position.position().modifiedAt().toString());
            json.put("positionId", position.position().recordId());
        });
        event.mergedInto().ifPresent(survivor -> {
            json.put("mergedIntoType", survivor.objectType());
            json.put("mergedIntoId", survivor.id());
        });
        return JSON.writeValueAsString(json);
    }

    @SuppressWarnings("unchecked")
    static ChangeEvent decode(String text) {
        Map<String, Object> json = JSON.readValue(text, MAP);
        ExternalRef ref = new ExternalRef(CrmSystem.valueOf((String) json.get("system")),
                (String) json.get("objectType"), (String) json.get("id"));
        Optional<Person> person = Optional.ofNullable((Map<String, String>) json.get("person"))
                .map(PersonFieldsJson::fromMap);
        Optional<ChangeEvent.StreamPosition> stream = Optional.ofNullable((String) json.get("stream"))
                .map(key -> new ChangeEvent.StreamPosition(StreamId.parse(key), new Watermark(
                        Instant.parse((String) json.get("positionAt")), (String) json.get("positionId"))));
        Optional<ExternalRef> mergedInto = Optional.ofNullable((String) json.get("mergedIntoId"))
                .map(id -> new ExternalRef(ref.system(), (String) json.get("mergedIntoType"), id));
        return new ChangeEvent(ref, ChangeKind.valueOf((String) json.get("kind")),
                Instant.parse((String) json.get("modifiedAt")), person, stream, mergedInto);
    }
}
