package io.leadbridge.proof.state;

import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.sandbox.hubspot.HubSpotRecord;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * People created and edited in both CRMs as their users would, with a record of what each person must look like
 * afterwards on both sides. Half the people start in HubSpot, half in Salesforce; each edit changes a person on the
 * side they started on, so both directions of the sync carry changes. Same seed, same workload.
 */
public final class PeopleWorkload implements ObjectTypeCheck {

    /** The synced fields checked, as HubSpot property and Salesforce Lead field. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("firstname", "FirstName");
        FIELDS.put("lastname", "LastName");
        FIELDS.put("jobtitle", "Title");
        FIELDS.put("company", "Company");
    }

    private final Random random;
    private final String domain;
    private final List<Created> people = new ArrayList<>();

    /** @param domain the e-mail domain of this workload's people, so that runs never collide */
    public PeopleWorkload(long seed, String domain) {
        this.random = new Random(seed);
        this.domain = domain;
    }

    /** Creates {@code count} people, the even-numbered in HubSpot, the odd-numbered in Salesforce. */
    public void create(ProofCrms crms, int count) {
        for (int i = 0; i < count; i++) {
            int number = people.size();
            String email = "person" + number + "@" + domain;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("firstname", "First" + number);
            values.put("lastname", "Last" + number);
            values.put("jobtitle", "Title 0");
            values.put("company", "Company " + (number % 97));
            boolean fromHubSpot = number % 2 == 0;
            String id = fromHubSpot ? createInHubSpot(crms, email, values) : createInSalesforce(crms, email, values);
            people.add(new Created(email, fromHubSpot, id, values));
        }
    }

    /** Adds one already-created person to the expected state (e.g. one a test created with hostile values). */
    public void expect(String email, boolean fromHubSpot, String originId, Map<String, String> hubspotValues) {
        people.add(new Created(email, fromHubSpot, originId, new LinkedHashMap<>(hubspotValues)));
    }

    /**
     * Changes the title of a random {@code share} of the people, each on the side they started on, whether or not
     * the connector has copied them to the other CRM yet: an edit may race with the person's first copy.
     */
    public int editRound(ProofCrms crms, int round, double share) {
        int edited = 0;
        for (Created person : people) {
            if (random.nextDouble() >= share) {
                continue;
            }
            String title = "Title " + round;
            if (person.fromHubSpot()) {
                crms.hubspot().update(ObjectType.CONTACTS, Long.parseLong(person.originId()), Map.of("jobtitle", title));
            } else {
                crms.salesforce().update(person.originId(), Map.of("Title", title));
            }
            person.values().put("jobtitle", title);
            edited++;
        }
        return edited;
    }

    public int size() {
        return people.size();
    }

    /** Where one person was created: the CRM and the record's id there. */
    public record Origin(String email, boolean inHubSpot, String id) {
    }

    /** Every person of the workload with the record they were created as. */
    public List<Origin> origins() {
        return people.stream().map(p -> new Origin(p.key(), p.fromHubSpot(), p.originId())).toList();
    }

    @Override
    public Differences compare(ProofCrms crms) {
        Map<String, List<Map<String, String>>> hubspot = hubspotByEmail(crms);
        Map<String, List<Map<String, String>>> salesforce = salesforceByEmail(crms);
        List<String> lost = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, String>>> e : hubspot.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates.add("HubSpot has " + e.getValue().size() + " contacts for " + e.getKey());
            }
        }
        for (Map.Entry<String, List<Map<String, String>>> e : salesforce.entrySet()) {
            if (e.getValue().size() > 1) {
                duplicates.add("Salesforce has " + e.getValue().size() + " Leads for " + e.getKey());
            }
        }
        for (Created person : people) {
            String key = person.key().toLowerCase(Locale.ROOT);
            compareOne("HubSpot", hubspot.get(key), person, lost, stale);
            compareOne("Salesforce", salesforce.get(key), person, lost, stale);
        }
        return new Differences("people", people.size(), lost, duplicates, stale);
    }

    @Override
    public Map<String, Map<String, String>> endState(ProofCrms crms) {
        Map<String, Map<String, String>> state = new TreeMap<>();
        hubspotByEmail(crms).forEach((email, records) -> {
            for (int i = 0; i < records.size(); i++) {
                state.put("hubspot " + email + (i == 0 ? "" : " #" + i), records.get(i));
            }
        });
        salesforceByEmail(crms).forEach((email, records) -> {
            for (int i = 0; i < records.size(); i++) {
                state.put("salesforce " + email + (i == 0 ? "" : " #" + i), records.get(i));
            }
        });
        return state;
    }

    private static void compareOne(String side, List<Map<String, String>> records, Created person, List<String> lost,
                                   List<String> stale) {
        if (records == null || records.isEmpty()) {
            lost.add(side + " lacks " + person.key());
            return;
        }
        person.compareValues(side, records.get(0), stale);
    }

    /** HubSpot contacts reduced to the checked fields (HubSpot names), grouped by lower-case e-mail. */
    private Map<String, List<Map<String, String>>> hubspotByEmail(ProofCrms crms) {
        return crms.hubspot().records(ObjectType.CONTACTS).stream()
                .filter(record -> record.property("email").isPresent())
                .collect(Collectors.groupingBy(record -> record.property("email").orElseThrow()
                        .toLowerCase(Locale.ROOT), TreeMap::new, Collectors.mapping(PeopleWorkload::hubspotView,
                        Collectors.toList())));
    }

    /** Salesforce Leads reduced to the checked fields (under HubSpot names), grouped by lower-case e-mail. */
    private Map<String, List<Map<String, String>>> salesforceByEmail(ProofCrms crms) {
        return crms.salesforce().list("Lead").stream()
                .filter(lead -> lead.get("Email") != null)
                .collect(Collectors.groupingBy(lead -> lead.get("Email").toLowerCase(Locale.ROOT), TreeMap::new,
                        Collectors.mapping(PeopleWorkload::salesforceView, Collectors.toList())));
    }

    private static Map<String, String> hubspotView(HubSpotRecord record) {
        Map<String, String> view = new HashMap<>();
        FIELDS.keySet().forEach(property -> view.put(property, record.property(property).orElse(null)));
        return view;
    }

    private static Map<String, String> salesforceView(Map<String, String> lead) {
        Map<String, String> view = new HashMap<>();
        FIELDS.forEach((property, field) -> view.put(property, lead.get(field)));
        return view;
    }

    private static String createInHubSpot(ProofCrms crms, String email, Map<String, String> values) {
        Map<String, String> properties = new LinkedHashMap<>(values);
        properties.put("email", email);
        return String.valueOf(crms.hubspot().create(ObjectType.CONTACTS, properties).id());
    }

    private static String createInSalesforce(ProofCrms crms, String email, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Email", email);
        FIELDS.forEach((property, field) -> fields.put(field, values.get(property)));
        return crms.salesforce().create("Lead", fields);
    }
}
