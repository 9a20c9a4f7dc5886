package io.leadbridge.salesforce.mapping;

import static io.leadbridge.salesforce.mapping.SObjectValues.bool;
import static io.leadbridge.salesforce.mapping.SObjectValues.instant;
import static io.leadbridge.salesforce.mapping.SObjectValues.text;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.model.Owner;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.model.Touch;
import io.leadbridge.core.sync.ChangeEvent;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.touch.IdempotencyKeys;
import io.leadbridge.salesforce.OpportunityStage;
import io.leadbridge.salesforce.SalesforceAccount;
import io.leadbridge.salesforce.SalesforceActivity;
import io.leadbridge.salesforce.soql.ChangeQuery;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields each typed reader selects and how a queried record becomes a vendor-free value: Contacts as people,
 * Accounts as companies, Tasks and Events as touches, Users as owners, Opportunities as stages.
 */
public final class RecordMappers {

    public static final List<String> CONTACT_FIELDS = List.of("Email", "FirstName", "LastName", "Phone",
            "MobilePhone", "Title", "Account.Name", "MailingCountry", "MailingCity", "LeadSource", "Owner.Email");
    public static final List<String> ACCOUNT_FIELDS = List.of("Name", "Website", "Industry", "NumberOfEmployees",
            "BillingCountry", "Owner.Email");
    public static final List<String> TASK_FIELDS = List.of("WhoId", "Subject", "Description", "TaskSubtype",
            "ActivityDate", "CompletedDateTime", "CallType", "CallDisposition", "Owner.Email");
    public static final List<String> EVENT_FIELDS = List.of("WhoId", "Subject", "Description", "StartDateTime",
            "EndDateTime", "Owner.Email");
    public static final List<String> OPPORTUNITY_FIELDS = List.of("AccountId", "StageName", "IsClosed", "IsWon");
    public static final List<String> USER_FIELDS = List.of("Email", "Name");

    private static final Map<PersonField, String> CONTACT_NAMES = contactNames();

    private RecordMappers() {
    }

    public static ChangeEvent contact(StreamId stream, SObject contact) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        CONTACT_NAMES.forEach((field, name) -> text(contact, name).ifPresent(v -> values.put(field, v)));
        return ChangeEvent.polled(stream, ref("Contact", contact), modstamp(contact), Person.of(values));
    }

    public static SalesforceAccount account(SObject account) {
        Company company = new Company(text(account, "Name").orElse(LeadRecordMapper.NOT_PROVIDED),
                text(account, "Website").flatMap(CompanyDomains::fromWebsite), text(account, "Industry"),
                text(account, "NumberOfEmployees").map(Integer::valueOf), text(account, "BillingCountry"),
                text(account, "Owner.Email"));
        return new SalesforceAccount(ref("Account", account), modstamp(account), company, text(account, "Owner.Email"));
    }

    public static SalesforceActivity task(SObject task) {
        Touch.TouchChannel channel = switch (text(task, "TaskSubtype").orElse("Task")) {
            case "Email", "ListEmail" -> Touch.TouchChannel.EMAIL;
            case "Call" -> Touch.TouchChannel.CALL;
            case "LinkedIn" -> Touch.TouchChannel.LINKEDIN;
            default -> Touch.TouchChannel.NOTE;
        };
        Instant occurredAt = SObjectValues.optionalInstant(task, "CompletedDateTime")
                .or(() -> SObjectValues.date(task, "ActivityDate").map(d -> d.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)))
                .orElse(modstamp(task));
        Touch.TouchDirection direction = text(task, "CallType").filter("Inbound"::equalsIgnoreCase).isPresent()
                ? Touch.TouchDirection.INBOUND : Touch.TouchDirection.OUTBOUND;
        return activity("Task", task, channel, direction, occurredAt, text(task, "CallDisposition"), Optional.empty());
    }

    public static SalesforceActivity event(SObject event) {
        Instant start = SObjectValues.optionalInstant(event, "StartDateTime").orElse(modstamp(event));
        return activity("Event", event, Touch.TouchChannel.MEETING, Touch.TouchDirection.OUTBOUND, start,
                Optional.empty(), SObjectValues.optionalInstant(event, "EndDateTime"));
    }

    public static OpportunityStage opportunity(SObject opportunity) {
        return new OpportunityStage(ref("Opportunity", opportunity), modstamp(opportunity),
                text(opportunity, "AccountId"), text(opportunity, "StageName").orElse(""),
                bool(opportunity, "IsClosed"), bool(opportunity, "IsWon"));
    }

    /** An active user as an owner; users without an email cannot be matched and are left out. */
    public static Optional<Owner> owner(SObject user) {
        return text(user, "Email").map(email -> new Owner(email, text(user, "Name").orElse(email),
                Owner.OwnerRole.OTHER));
    }

    private static SalesforceActivity activity(String type, SObject record, Touch.TouchChannel channel,
                                               Touch.TouchDirection direction, Instant occurredAt,
                                               Optional<String> outcome, Optional<Instant> endsAt) {
        ExternalRef ref = ref(type, record);
        Optional<ExternalRef> who = text(record, "WhoId").map(id -> new ExternalRef(CrmSystem.SALESFORCE,
                id.startsWith("00Q") ? "Lead" : "Contact", id));
        Touch touch = new Touch(ref, channel, direction, occurredAt, text(record, "Owner.Email").orElse(""),
                text(record, "Subject").orElse(""), text(record, "Description").orElse(""), outcome, Optional.empty(),
                endsAt);
        return new SalesforceActivity(ref, modstamp(record), who, touch,
                IdempotencyKeys.labelledIn(text(record, "Description").orElse(null)));
    }

    private static ExternalRef ref(String type, SObject record) {
        return new ExternalRef(CrmSystem.SALESFORCE, type, record.getId());
    }

    private static Instant modstamp(SObject record) {
        return instant(record, ChangeQuery.SYSTEM_MODSTAMP);
    }

    private static Map<PersonField, String> contactNames() {
        Map<PersonField, String> names = new EnumMap<>(PersonField.class);
        names.put(PersonField.EMAIL, "Email");
        names.put(PersonField.FIRST_NAME, "FirstName");
        names.put(PersonField.LAST_NAME, "LastName");
        names.put(PersonField.PHONE, "Phone");
        names.put(PersonField.MOBILE_PHONE, "MobilePhone");
        names.put(PersonField.TITLE, "Title");
        names.put(PersonField.COMPANY, "Account.Name");
        names.put(PersonField.COUNTRY, "MailingCountry");
        names.put(PersonField.CITY, "MailingCity");
        names.put(PersonField.LEAD_SOURCE, "LeadSource");
        names.put(PersonField.OWNER_EMAIL, "Owner.Email");
        return Map.copyOf(names);
    }
}
