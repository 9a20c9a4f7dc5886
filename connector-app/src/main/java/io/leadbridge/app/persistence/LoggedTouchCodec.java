package io.leadbridge.app.persistence;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.touch.LoggedTouch;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link LoggedTouch} as JSON text: the touch (its subject and excerpt, never a full body), the people it
 * is logged on and the key it names. New fields must be optional so that older rows still read.
 */
final class LoggedTouchCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private LoggedTouchCodec() {
    }

    static String encode(LoggedTouch logged) {
        Touch touch = logged.touch();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", ref(touch.source()));
        json.put("channel", touch.channel().name());
        json.put("direction", touch.direction().name());
        json.put("occurredAt", touch.occurredAt().toString());
        json.put("actorEmail", touch.actorEmail());
        json.put("subject", touch.subject());
        json.put("excerpt", touch.bodyExcerpt());
        touch.outcome().ifPresent(outcome -> json.put("outcome", outcome));
        touch.cadenceStep().ifPresent(step -> json.put("cadenceStep", step));
        touch.endsAt().ifPresent(end -> json.put("endsAt", end.toString()));
        json.put("people", logged.people().stream().map(LoggedTouchCodec::ref).toList());
        logged.keyOnSource().ifPresent(key -> json.put("keyOnSource", key));
        json.put("modifiedAt", logged.modifiedAt().toString());
        return JSON.writeValueAsString(json);
    }

    @SuppressWarnings("unchecked")
    static LoggedTouch decode(String text) {
        Map<String, Object> json = JSON.readValue(text, MAP);
        Touch touch = new Touch(ref((Map<String, String>) json.get("source")),
                Touch.TouchChannel.valueOf((String) json.get("channel")),
                Touch.TouchDirection.valueOf((String) json.get("direction")),
                Instant.parse((String) json.get("occurredAt")), (String) json.get("actorEmail"),
                (String) json.get("subject"), (String) json.get("excerpt"),
                Optional.ofNullable((String) json.get("outcome")),
                Optional.ofNullable((Number) json.get("cadenceStep")).map(Number::intValue),
                Optional.ofNullable((String) json.get("endsAt")).map(Instant::parse));
        List<ExternalRef> people = ((List<Map<String, String>>) json.get("people")).stream()
                .map(LoggedTouchCodec::ref).toList();
        return new LoggedTouch(touch, people, Optional.ofNullable((String) json.get("keyOnSource")),
                Instant.parse((String) json.get("modifiedAt")));
    }

    private static Map<String, String> ref(ExternalRef ref) {
        return Map.of("system", ref.system().name(), "type", ref.objectType(), "id", ref.id());
    }

    private static ExternalRef ref(Map<String, String> json) {
        return new ExternalRef(CrmSystem.valueOf(json.get("system")), json.get("type"), json.get("id"));
    }
}
