package io.leadbridge.proof.state;

import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.proof.harness.ProofCrms;
import io.leadbridge.sandbox.hubspot.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Companies created and renamed as their users would: the even-numbered as HubSpot companies, the odd-numbered as
 * Salesforce Accounts (with a full website URL, as admins type them), each renamed on the side it started on.
 * Expected afterwards: every company once in each CRM, matched by domain, with its last name and its country.
 */
public final class CompanyWorkload implements ObjectTypeCheck {

    /** The checked fields, as HubSpot property and Salesforce Account field. */
    private static final Map<String, String> FIELDS = Map.of("name", "Name", "country", "BillingCountry");

    private final Random random;
    private final String domain;
    private final List<Created> companies = new ArrayList<>();

    /** @param domain the parent domain of this workload's companies, so that runs never collide */
    public CompanyWorkload(long seed, String domain) {
        this.random = new Random(seed);
        this.domain = domain;
    }

    /**
     * Creates {@code count} companies. The Salesforce API user owns every Account, so HubSpot gets an owner with the
     * same e-mail first, as a team that works in both CRMs has: owners are synced by e-mail.
     */
    public void create(ProofCrms crms, int count) {
        String apiUserEmail = crms.salesforce().find(crms.salesforce().integrationUserId()).orElseThrow()
                .get("Email");
        if (crms.hubspot().owners().stream().noneMatch(owner -> apiUserEmail.equalsIgnoreCase(owner.email()))) {
            crms.hubspot().createOwner(apiUserEmail, "Integration", "User", "SALES");
        }
        for (int i = 0; i < count; i++) {
            int number = companies.size();
            String companyDomain = "co" + number + "." + domain;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", "Company " + number);
            values.put("country", number % 3 == 0 ? "Norway" : "Canada");
            boolean fromHubSpot = number % 2 == 0;
            String id = fromHubSpot
                    ? String.valueOf(crms.hubspot().create(ObjectType.COMPANIES, Map.of("name", values.get("name"),
                    "domain", companyDomain, "country", values.get("country"))).id())
                    : crms.salesforce().create("Account", Map.of("Name", values.get("name"),
                    "Website", "https://www." + companyDomain + "/about", "BillingCountry", values.get("country")));
            companies.add(new Created(companyDomain, fromHubSpot, id, values));
        }
    }

    /** Renames a random {@code share} of the companies, each on the side it started on. */
    public int editRound(ProofCrms crms, int round, double share) {
        int edited = 0;
        for (Created company : companies) {
            if (random.nextDouble() >= share) {
                continue;
            }
            String name = company.values().get("name").replaceFirst(" r\\d+$", "") + " r" + round;
            if (company.fromHubSpot()) {
                crms.hubspot().update(ObjectType.COMPANIES, Long.parseLong(company.originId()), Map.of("name", name));
            } else {
                crms.salesforce().update(company.originId(), Map.of("Name", name));
            }
            company.values().put("name", name);
            edited++;
        }
        return edited;
    }

    public int size() {
        return companies.size();
    }

    @Override
    public Differences compare(ProofCrms crms) {
        Map<String, List<Map<String, String>>> hubspot = hubspotByDomain(crms);
        Map<String, List<Map<String, String>>> salesforce = salesforceByDomain(crms);
        List<String> lost = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Created company : companies) {
            compareOne("HubSpot", hubspot.get(company.key()), company, lost, duplicates, stale);
            compareOne("Salesforce", salesforce.get(company.key()), company, lost, duplicates, stale);
        }
        return new Differences("companies", companies.size(), lost, duplicates, stale);
    }

    @Override
    public Map<String, Map<String, String>> endState(ProofCrms crms) {
        Map<String, Map<String, String>> state = new TreeMap<>();
        hubspotByDomain(crms).forEach((key, records) -> put(state, "hubspot " + key, records));
        salesforceByDomain(crms).forEach((key, records) -> put(state, "salesforce " + key, records));
        return state;
    }

    private static void put(Map<String, Map<String, String>> state, String key, List<Map<String, String>> records) {
        for (int i = 0; i < records.size(); i++) {
            state.put(key + (i == 0 ? "" : " #" + i), records.get(i));
        }
    }

    private static void compareOne(String side, List<Map<String, String>> records, Created company,
                                   List<String> lost, List<String> duplicates, List<String> stale) {
        if (records == null || records.isEmpty()) {
            lost.add(side + " lacks the company " + company.key());
            return;
        }
        if (records.size() > 1) {
            duplicates.add(side + " has " + records.size() + " companies with the domain " + company.key());
        }
        company.compareValues(side, records.get(0), stale);
    }

    /** HubSpot companies reduced to the checked fields, grouped by their normalised domain. */
    private Map<String, List<Map<String, String>>> hubspotByDomain(ProofCrms crms) {
        return group(crms.hubspot().records(ObjectType.COMPANIES), r -> r.property("domain").orElse(null), r -> {
            Map<String, String> view = new HashMap<>();
            FIELDS.keySet().forEach(property -> view.put(property, r.property(property).orElse(null)));
            return view;
        });
    }

    /** Salesforce Accounts reduced to the checked fields (under HubSpot names), grouped by their website's domain. */
    private Map<String, List<Map<String, String>>> salesforceByDomain(ProofCrms crms) {
        return group(crms.salesforce().list("Account"), account -> account.get("Website"), account -> {
            Map<String, String> view = new HashMap<>();
            FIELDS.forEach((property, field) -> view.put(property, account.get(field)));
            return view;
        });
    }

    /** Records of this workload's domain only: the emulators may hold other companies. */
    private <T> Map<String, List<Map<String, String>>> group(List<T> records, Function<T, String> website,
                                                           Function<T, Map<String, String>> view) {
        return records.stream()
                .map(record -> Map.entry(CompanyDomains.fromWebsite(website.apply(record)).orElse(""), record))
                .filter(entry -> entry.getKey().endsWith("." + domain))
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(entry -> view.apply(entry.getValue()), Collectors.toList())));
    }
}
