package io.leadbridge.proof.state;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * SDR touches logged on the workload's people as their users would, each on the side the person started on: HubSpot
 * emails and calls on the contact, Salesforce email and call Tasks on the Lead. Expected afterwards: every touch
 * mirrored exactly once on the same person in the other CRM (found by its {@code Leadbridge key:} line), and every
 * touched person carrying exactly one SDR-context note in each CRM that counts all their touches.
 */
public final class TouchWorkload implements ObjectTypeCheck {

    private static final String SDR = "sam.sdr@proof.example";

    private final PeopleWorkload people;
    private final Random random;
    private final List<LoggedTouch> touches = new ArrayList<>();

    /** One touch as logged: on whom, where, and the key its mirror must carry. */
    private record LoggedTouch(String email, boolean inHubSpot, String source, String mirrorKey) {
    }

    public TouchWorkload(PeopleWorkload people, long seed) {
        this.people = people;
        this.random = new Random(seed);
    }

    /** Logs one touch on a random {@code share} of the people, alternating emails and calls. */
    public int logRound(ProofCrms crms, int round, double share) {
        int logged = 0;
        for (PeopleWorkload.Origin person : people.origins()) {
            if (random.nextDouble() >= share) {
                continue;
            }
            boolean email = (touches.size() + round) % 2 == 0;
            touches.add(person.inHubSpot() ? inHubSpot(crms, person, email, round)
                    : inSalesforce(crms, person, email, round));
            logged++;
        }
        return logged;
    }

    public int size() {
        return touches.size();
    }

    private static LoggedTouch inHubSpot(ProofCrms crms, PeopleWorkload.Origin person, boolean email, int round) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("hs_timestamp", String.valueOf(Instant.now().toEpochMilli()));
        if (email) {
            properties.put("hs_email_subject", "Round " + round + " follow-up");
            properties.put("hs_email_text", "Hi, following up (round " + round + ").");
            properties.put("hs_email_direction", "EMAIL");
            properties.put("hs_email_status", "SENT");
            properties.put("hs_email_headers", "{\"from\":{\"email\":\"" + SDR + "\"},\"to\":[{\"email\":\""
                    + person.email() + "\"}]}");
        } else {
            properties.put("hs_call_title", "Round " + round + " call");
            properties.put("hs_call_body", "Outcome: connected");
            properties.put("hs_call_direction", "OUTBOUND");
            properties.put("hs_call_status", "COMPLETED");
        }
        ObjectType type = email ? ObjectType.EMAILS : ObjectType.CALLS;
        long id = crms.hubspot().createOn(type, properties, ObjectType.CONTACTS, Long.parseLong(person.id())).id();
        ExternalRef source = new ExternalRef(CrmSystem.HUBSPOT, type.singular(), String.valueOf(id));
        return new LoggedTouch(person.email(), true, source.key(),
                IdempotencyKeys.mirrorOf(source, CrmSystem.SALESFORCE));
    }

    private static LoggedTouch inSalesforce(ProofCrms crms, PeopleWorkload.Origin person, boolean email, int round) {
        String id = crms.salesforce().create("Task", Map.of("WhoId", person.id(),
                "Subject", email ? "Email: Round " + round + " follow-up" : "Round " + round + " call",
                "TaskSubtype", email ? "Email" : "Call", "Status", "Completed",
                "Description", email ? "Hi, following up (round " + round + ")." : "Talked about next steps",
                "ActivityDate", LocalDate.now(ZoneOffset.UTC).toString()));
        ExternalRef source = new ExternalRef(CrmSystem.SALESFORCE, "Task", id);
        return new LoggedTouch(person.email(), false, source.key(),
                IdempotencyKeys.mirrorOf(source, CrmSystem.HUBSPOT));
    }

    @Override
    public Differences compare(ProofCrms crms) {
        ActivityIndex activities = ActivityIndex.read(crms);
        PersonRecords records = PersonRecords.read(crms);
        List<String> lost = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (LoggedTouch touch : touches) {
            String side = touch.inHubSpot ? "Salesforce" : "HubSpot";
            List<String> mirrors = activities.mirrors(!touch.inHubSpot, touch.mirrorKey);
            String target = records.of(!touch.inHubSpot, touch.email).orElse(null);
            if (mirrors.isEmpty()) {
                lost.add(side + " lacks the mirror of " + touch.source + " on " + touch.email);
            } else if (mirrors.size() > 1) {
                duplicates.add(side + " has " + mirrors.size() + " mirrors of " + touch.source);
            } else if (!mirrors.get(0).equals(target)) {
                stale.add(side + " mirror of " + touch.source + " is on " + mirrors.get(0) + ", not on "
                        + touch.email + "'s record " + target);
            }
        }
        expectedCounts().forEach((email, count) -> {
            for (boolean inHubSpot : new boolean[] {true, false}) {
                String side = inHubSpot ? "HubSpot" : "Salesforce";
                List<String> notes = records.of(inHubSpot, email).map(id -> activities.notes(inHubSpot, id))
                        .orElse(List.of());
                if (notes.isEmpty()) {
                    lost.add(side + " lacks the SDR-context note of " + email);
                } else if (notes.size() > 1) {
                    duplicates.add(side + " has " + notes.size() + " SDR-context notes on " + email);
                } else if (!notes.get(0).contains("\nTouches: " + count + " (")) {
                    stale.add(side + " SDR-context note of " + email + " does not count " + count + " touches: "
                            + touchesLine(notes.get(0)));
                }
            }
        });
        return new Differences("touches", touches.size(), lost, duplicates, stale);
    }

    @Override
    public Map<String, Map<String, String>> endState(ProofCrms crms) {
        ActivityIndex activities = ActivityIndex.read(crms);
        PersonRecords records = PersonRecords.read(crms);
        Map<String, Map<String, String>> state = new TreeMap<>();
        Map<String, Integer> sequence = new HashMap<>();
        for (LoggedTouch touch : touches) {
            int n = sequence.merge(touch.email, 1, Integer::sum);
            List<String> mirrors = activities.mirrors(!touch.inHubSpot, touch.mirrorKey);
            String target = records.of(!touch.inHubSpot, touch.email).orElse("");
            state.put("touch " + touch.email + " #" + n, Map.of("mirrors", String.valueOf(mirrors.size()),
                    "onThePerson", String.valueOf(mirrors.stream().allMatch(target::equals))));
        }
        expectedCounts().keySet().forEach(email -> {
            for (boolean inHubSpot : new boolean[] {true, false}) {
                List<String> notes = records.of(inHubSpot, email).map(id -> activities.notes(inHubSpot, id))
                        .orElse(List.of());
                state.put("note " + (inHubSpot ? "hubspot " : "salesforce ") + email, Map.of(
                        "notes", String.valueOf(notes.size()),
                        "touches", notes.stream().map(TouchWorkload::touchesLine).findFirst().orElse("")));
            }
        });
        return state;
    }

    /** Touches logged per person: what each person's SDR-context note must count. */
    private Map<String, Integer> expectedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        touches.forEach(touch -> counts.merge(touch.email, 1, Integer::sum));
        return counts;
    }

    private static String touchesLine(String note) {
        return note.lines().filter(line -> line.startsWith("Touches: ")).findFirst()
                .orElse("(no Touches line)").toLowerCase(Locale.ROOT);
    }
}
