package io.leadbridge.sandbox.sample;

import io.leadbridge.sandbox.hubspot.HubSpotEmulator;
import io.leadbridge.sandbox.hubspot.HubSpotOwner;
import io.leadbridge.sandbox.hubspot.ObjectType;
import io.leadbridge.sandbox.salesforce.SalesforceEmulator;
import io.leadbridge.sandbox.sample.SampleData.Channel;
import io.leadbridge.sandbox.sample.SampleData.SampleCompany;
import io.leadbridge.sandbox.sample.SampleData.SamplePerson;
import io.leadbridge.sandbox.sample.SampleData.SampleTouch;
import io.leadbridge.sandbox.sample.SampleData.TeamMember;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts sample data into the emulators the way a company that already runs both CRMs has it: marketing's people,
 * companies and the SDRs' logged touches in HubSpot; the sales team as Users and the bigger companies as
 * Accounts in Salesforce. Leads are not seeded in Salesforce: bringing them there is the connector's job.
 */
public final class SampleSeeder {

    /** Companies with at least this many employees already are Salesforce Accounts. */
    static final int ACCOUNT_MIN_EMPLOYEES = 650;

    private final HubSpotEmulator hubspot;
    private final SalesforceEmulator salesforce;

    public SampleSeeder(HubSpotEmulator hubspot, SalesforceEmulator salesforce) {
        this.hubspot = hubspot;
        this.salesforce = salesforce;
    }

    public void seed(SampleData data) {
        Map<TeamMember, Long> owners = new HashMap<>();
        for (TeamMember member : data.team()) {
            HubSpotOwner owner = hubspot.createOwner(member.email(), member.firstName(), member.lastName(),
                    member.role().name());
            owners.put(member, owner.id());
            salesforce.create("User", Map.of("Username", member.email(), "Email", member.email(),
                    "FirstName", member.firstName(), "LastName", member.lastName(),
                    "Alias", (member.firstName().charAt(0) + member.lastName()).toLowerCase(Locale.ROOT)
                            .substring(0, Math.min(8, member.lastName().length() + 1))));
        }
        Map<SampleCompany, Long> companies = new HashMap<>();
        for (SampleCompany company : data.companies()) {
            companies.put(company, hubspot.create(ObjectType.COMPANIES, Map.of("name", company.name(),
                    "domain", company.domain(), "industry", company.industry(), "country", company.country(),
                    "city", company.city(), "numberofemployees", String.valueOf(company.employees()))).id());
            if (company.employees() >= ACCOUNT_MIN_EMPLOYEES) {
                salesforce.create("Account", Map.of("Name", company.name(), "Website", "https://" + company.domain(),
                        "Industry", company.industry(), "BillingCountry", company.country(),
                        "BillingCity", company.city(), "NumberOfEmployees", String.valueOf(company.employees())));
            }
        }
        Map<SamplePerson, Long> contacts = new HashMap<>();
        for (SamplePerson person : data.people()) {
            long id = hubspot.create(ObjectType.CONTACTS, contactProperties(person, owners)).id();
            contacts.put(person, id);
            hubspot.associate(ObjectType.CONTACTS, id, ObjectType.COMPANIES, companies.get(person.company()));
        }
        for (SampleTouch touch : data.touches()) {
            ObjectType type = switch (touch.channel()) {
                case EMAIL -> ObjectType.EMAILS;
                case CALL -> ObjectType.CALLS;
                case MEETING -> ObjectType.MEETINGS;
                case LINKEDIN, NOTE -> ObjectType.NOTES;
            };
            hubspot.createOn(type, touchProperties(touch, owners.get(touch.sdr())), ObjectType.CONTACTS,
                    contacts.get(touch.person()));
        }
    }

    /** HubSpot contact properties for a person; public so that the activity simulator creates alike ones. */
    public static Map<String, String> contactProperties(SamplePerson person, Map<TeamMember, Long> owners) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("email", person.email());
        properties.put("firstname", person.firstName());
        properties.put("lastname", person.lastName());
        properties.put("phone", person.phone());
        properties.put("jobtitle", person.title());
        properties.put("company", person.company().name());
        properties.put("website", "https://" + person.company().domain());
        properties.put("country", person.company().country());
        properties.put("city", person.company().city());
        properties.put("lifecyclestage", person.lifecycleStage());
        if (!person.leadStatus().isEmpty()) {
            properties.put("hs_lead_status", person.leadStatus());
        }
        if (person.owner() != null) {
            properties.put("hubspot_owner_id", String.valueOf(owners.get(person.owner())));
        }
        return properties;
    }

    static Map<String, String> touchProperties(SampleTouch touch, long ownerId) {
        return touchProperties(touch.channel(), touch.subject(), touch.outcome(), touch.occurredAt(),
                touch.person().firstName(), ownerId);
    }

    /** HubSpot engagement properties for a touch an SDR logs on a person called {@code firstName}. */
    static Map<String, String> touchProperties(Channel channel, String subject, String outcome, Instant at,
                                               String firstName, long ownerId) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("hs_timestamp", String.valueOf(at.toEpochMilli()));
        properties.put("hubspot_owner_id", String.valueOf(ownerId));
        switch (channel) {
            case EMAIL -> {
                properties.put("hs_email_subject", subject);
                properties.put("hs_email_text", "Hi " + firstName + ", " + subject + ".");
                properties.put("hs_email_direction", outcome.equals("REPLIED") ? "INCOMING_EMAIL" : "EMAIL");
                properties.put("hs_email_status", "SENT");
            }
            case CALL -> {
                properties.put("hs_call_title", subject);
                properties.put("hs_call_body", "Outcome: " + outcome.toLowerCase(Locale.ROOT).replace('_', ' '));
                properties.put("hs_call_direction", "OUTBOUND");
                properties.put("hs_call_status", "COMPLETED");
            }
            case MEETING -> {
                properties.put("hs_meeting_title", subject);
                properties.put("hs_meeting_start_time", String.valueOf(at.toEpochMilli()));
                properties.put("hs_meeting_end_time", String.valueOf(at.toEpochMilli() + 1_800_000));
            }
            case LINKEDIN, NOTE -> properties.put("hs_note_body", subject + " (" + channel.name()
                    .toLowerCase(Locale.ROOT) + ", " + outcome.toLowerCase(Locale.ROOT) + ")");
        }
        return properties;
    }
}
