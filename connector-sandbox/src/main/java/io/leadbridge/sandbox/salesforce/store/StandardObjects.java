package io.leadbridge.sandbox.salesforce.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulated org's schema: Lead, Contact, Account, Opportunity, Task, Event, User and the read-only LeadStatus,
 * with the standard fields a sync touches, the system fields every record has, and the configured custom
 * external-id fields (text, unique) on every object but User and LeadStatus.
 */
public final class StandardObjects {

    private static final List<String> LEAD_SOURCES = List.of("Web", "Phone Inquiry", "Partner Referral",
            "Purchased List", "Other");
    private static final List<String> RATINGS = List.of("Hot", "Warm", "Cold");
    private static final List<String> STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
            "Value Proposition", "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote",
            "Negotiation/Review", "Closed Won", "Closed Lost");
    private static final List<String> TASK_STATUSES = List.of("Not Started", "In Progress", "Completed",
            "Waiting on someone else", "Deferred");
    private static final List<String> PRIORITIES = List.of("High", "Normal", "Low");
    private static final List<String> TASK_SUBTYPES = List.of("Task", "Email", "ListEmail", "Cadence", "Call",
            "LinkedIn");
    private static final List<String> ACTIVITY_TYPES = List.of("Call", "Email", "Meeting", "Other");

    private final Map<String, ObjectSchema> objects = new LinkedHashMap<>();
    /** Picklist values an admin deactivated while the org runs, by {@code object.field} in lower case. */
    private final Map<String, Set<String>> inactive = new ConcurrentHashMap<>();

    public StandardObjects(List<LeadStatusValue> leadStatuses, Set<String> externalIdFields) {
        List<String> statusValues = leadStatuses.stream().map(LeadStatusValue::value).toList();
        String defaultStatus = leadStatuses.stream().filter(LeadStatusValue::isDefault).map(LeadStatusValue::value)
                .findFirst().orElse(statusValues.get(0));
        add(lead(statusValues, defaultStatus), externalIdFields);
        add(contact(), externalIdFields);
        add(account(), externalIdFields);
        add(opportunity(), externalIdFields);
        add(task(), externalIdFields);
        add(event(), externalIdFields);
        add(user(), Set.of());
        add(leadStatus(), Set.of());
    }

    public Optional<ObjectSchema> find(String type) {
        return Optional.ofNullable(type).map(t -> objects.get(t.toLowerCase(Locale.ROOT)));
    }

    public Optional<ObjectSchema> byKeyPrefix(String id) {
        if (id == null || id.length() < 3) {
            return Optional.empty();
        }
        String prefix = id.substring(0, 3);
        return objects.values().stream().filter(schema -> schema.keyPrefix().equals(prefix)).findFirst();
    }

    /**
     * Deactivates one value of a picklist, as an admin editing the field in Setup does at any time: describe no
     * longer lists it as active and a write of it to a restricted picklist is refused; records keep their values.
     */
    public void deactivatePicklistValue(String type, String field, String value) {
        ObjectSchema object = find(type).orElseThrow(() -> new IllegalArgumentException("no object " + type));
        FieldSchema picklist = object.field(field).filter(f -> f.picklistValues().contains(value))
                .orElseThrow(() -> new IllegalArgumentException(type + "." + field + " has no picklist value '"
                        + value + "'"));
        inactive.computeIfAbsent(key(object, picklist), k -> ConcurrentHashMap.newKeySet()).add(value);
    }

    /** Whether {@code value} of {@code field} on {@code object} is active (true for values it does not list). */
    public boolean isActive(ObjectSchema object, FieldSchema field, String value) {
        return !inactive.getOrDefault(key(object, field), Set.of()).contains(value);
    }

    private static String key(ObjectSchema object, FieldSchema field) {
        return (object.name() + "." + field.name()).toLowerCase(Locale.ROOT);
    }

    public List<ObjectSchema> all() {
        return List.copyOf(objects.values());
    }

    private void add(ObjectSchema schema, Set<String> externalIdFields) {
        ObjectSchema withCustom = schema;
        if (!externalIdFields.isEmpty()) {
            List<FieldSchema> fields = new ArrayList<>(schema.fields());
            externalIdFields.forEach(name -> fields.add(new FieldSchema(name, name.replace("__c", "").replace('_', ' '),
                    FieldType.STRING, 255, true, true, true, true, true, true, List.of(), false, null, List.of())));
            withCustom = new ObjectSchema(schema.name(), schema.label(), schema.keyPrefix(), schema.createable(),
                    fields);
        }
        objects.put(schema.name().toLowerCase(Locale.ROOT), withCustom);
    }

    private static ObjectSchema lead(List<String> statuses, String defaultStatus) {
        Fields f = Fields.system(true);
        f.text("FirstName", 40).required("LastName", 80).readOnly("Name", FieldType.STRING).email("Email")
                .phone("Phone").phone("MobilePhone").text("Title", 128).required("Company", 255)
                .picklist("Status", statuses, true, defaultStatus).picklist("LeadSource", LEAD_SOURCES, false, null)
                .picklist("Rating", RATINGS, false, null).text("Industry", 255).textArea("Description")
                .url("Website").text("City", 40).text("State", 80).text("Country", 80)
                .number("NumberOfEmployees", FieldType.INT).flag("HasOptedOutOfEmail").flag("DoNotCall")
                .readOnly("IsConverted", FieldType.BOOLEAN).readOnly("ConvertedDate", FieldType.DATE)
                .readOnlyReference("ConvertedAccountId", "Account").readOnlyReference("ConvertedContactId", "Contact")
                .readOnlyReference("ConvertedOpportunityId", "Opportunity").readOnlyReference("MasterRecordId", "Lead");
        return f.build("Lead", "Lead", "00Q");
    }

    private static ObjectSchema contact() {
        Fields f = Fields.system(true);
        f.text("FirstName", 40).required("LastName", 80).readOnly("Name", FieldType.STRING).email("Email")
                .phone("Phone").phone("MobilePhone").text("Title", 128).reference("AccountId", "Account")
                .picklist("LeadSource", LEAD_SOURCES, false, null).textArea("Description")
                .text("MailingCity", 40).text("MailingCountry", 80).flag("HasOptedOutOfEmail").flag("DoNotCall")
                .readOnlyReference("MasterRecordId", "Contact");
        return f.build("Contact", "Contact", "003");
    }

    private static ObjectSchema account() {
        Fields f = Fields.system(true);
        f.required("Name", 255).url("Website").phone("Phone").text("Industry", 255).text("Type", 255)
                .number("NumberOfEmployees", FieldType.INT).textArea("Description").text("BillingCity", 40)
                .text("BillingCountry", 80);
        return f.build("Account", "Account", "001");
    }

    private static ObjectSchema opportunity() {
        Fields f = Fields.system(true);
        f.required("Name", 120).reference("AccountId", "Account").requiredPicklist("StageName", STAGES)
                .requiredOf("CloseDate", FieldType.DATE).number("Amount", FieldType.CURRENCY)
                .picklist("LeadSource", LEAD_SOURCES, false, null).textArea("Description");
        return f.build("Opportunity", "Opportunity", "006");
    }

    private static ObjectSchema task() {
        Fields f = Fields.system(true);
        f.text("Subject", 255).reference("WhoId", "Lead", "Contact").reference("WhatId", "Account", "Opportunity")
                .picklist("Status", TASK_STATUSES, true, "Not Started").picklist("Priority", PRIORITIES, true, "Normal")
                .of("ActivityDate", FieldType.DATE).textArea("Description")
                .picklist("Type", ACTIVITY_TYPES, false, null).createOnlyPicklist("TaskSubtype", TASK_SUBTYPES, "Task")
                .text("CallType", 40).number("CallDurationInSeconds", FieldType.INT).text("CallDisposition", 255)
                .readOnly("CompletedDateTime", FieldType.DATETIME).readOnly("IsClosed", FieldType.BOOLEAN);
        return f.build("Task", "Task", "00T");
    }

    private static ObjectSchema event() {
        Fields f = Fields.system(true);
        f.text("Subject", 255).reference("WhoId", "Lead", "Contact").reference("WhatId", "Account", "Opportunity")
                .requiredOf("StartDateTime", FieldType.DATETIME).requiredOf("EndDateTime", FieldType.DATETIME)
                .number("DurationInMinutes", FieldType.INT).text("Location", 255).textArea("Description")
                .picklist("Type", ACTIVITY_TYPES, false, null)
                .createOnlyPicklist("EventSubtype", List.of("Event"), "Event");
        return f.build("Event", "Event", "00U");
    }

    private static ObjectSchema user() {
        Fields f = Fields.system(false);
        f.required("Username", 80).text("FirstName", 40).required("LastName", 80)
                .readOnly("Name", FieldType.STRING).requiredOf("Email", FieldType.EMAIL).required("Alias", 8)
                .text("Title", 80).text("Department", 80).flagDefault("IsActive", "true");
        return f.build("User", "User", "005");
    }

    private static ObjectSchema leadStatus() {
        Fields f = Fields.system(false);
        f.readOnly("ApiName", FieldType.STRING).readOnly("MasterLabel", FieldType.STRING)
                .readOnly("IsConverted", FieldType.BOOLEAN).readOnly("IsDefault", FieldType.BOOLEAN)
                .readOnly("SortOrder", FieldType.INT);
        return f.buildReadOnly("LeadStatus", "Lead Status Value", "01J");
    }

    /** A small builder for one object's field list. */
    private static final class Fields {

        private final List<FieldSchema> list = new ArrayList<>();

        static Fields system(boolean owned) {
            Fields f = new Fields();
            f.list.add(field("Id", FieldType.ID, 18, false, false, false, null, List.of()));
            f.readOnly("IsDeleted", FieldType.BOOLEAN).readOnly("CreatedDate", FieldType.DATETIME)
                    .readOnlyReference("CreatedById", "User").readOnly("LastModifiedDate", FieldType.DATETIME)
                    .readOnlyReference("LastModifiedById", "User").readOnly("SystemModstamp", FieldType.DATETIME);
            if (owned) {
                f.list.add(new FieldSchema("OwnerId", "Owner ID", FieldType.REFERENCE, 18, false, true, true, false,
                        false, false, List.of(), false, "", List.of("User")));
            }
            return f;
        }

        Fields text(String name, int length) {
            list.add(field(name, FieldType.STRING, length, true, true, true, null, List.of()));
            return this;
        }

        Fields required(String name, int length) {
            list.add(field(name, FieldType.STRING, length, false, true, true, null, List.of()));
            return this;
        }

        Fields requiredOf(String name, FieldType type) {
            list.add(field(name, type, lengthOf(type), false, true, true, null, List.of()));
            return this;
        }

        Fields of(String name, FieldType type) {
            list.add(field(name, type, lengthOf(type), true, true, true, null, List.of()));
            return this;
        }

        Fields email(String name) {
            return of(name, FieldType.EMAIL);
        }

        Fields phone(String name) {
            return of(name, FieldType.PHONE);
        }

        Fields url(String name) {
            return of(name, FieldType.URL);
        }

        Fields textArea(String name) {
            list.add(field(name, FieldType.TEXTAREA, 32000, true, true, true, null, List.of()));
            return this;
        }

        Fields number(String name, FieldType type) {
            return of(name, type);
        }

        Fields flag(String name) {
            return flagDefault(name, "false");
        }

        Fields flagDefault(String name, String value) {
            list.add(field(name, FieldType.BOOLEAN, 0, false, true, true, value, List.of()));
            return this;
        }

        Fields readOnly(String name, FieldType type) {
            list.add(field(name, type, lengthOf(type), type != FieldType.BOOLEAN, false, false, null, List.of()));
            return this;
        }

        Fields reference(String name, String... targets) {
            list.add(field(name, FieldType.REFERENCE, 18, true, true, true, null, List.of(targets)));
            return this;
        }

        Fields readOnlyReference(String name, String target) {
            list.add(field(name, FieldType.REFERENCE, 18, true, false, false, null, List.of(target)));
            return this;
        }

        Fields picklist(String name, List<String> values, boolean restricted, String defaultValue) {
            list.add(new FieldSchema(name, label(name), FieldType.PICKLIST, 255, defaultValue == null, true, true,
                    false, false, false, values, restricted, defaultValue, List.of()));
            return this;
        }

        Fields requiredPicklist(String name, List<String> values) {
            list.add(new FieldSchema(name, label(name), FieldType.PICKLIST, 255, false, true, true, false, false,
                    false, values, true, null, List.of()));
            return this;
        }

        Fields createOnlyPicklist(String name, List<String> values, String defaultValue) {
            list.add(new FieldSchema(name, label(name), FieldType.PICKLIST, 40, false, true, false, false, false,
                    false, values, true, defaultValue, List.of()));
            return this;
        }

        ObjectSchema build(String name, String label, String prefix) {
            return new ObjectSchema(name, label, prefix, true, list);
        }

        ObjectSchema buildReadOnly(String name, String label, String prefix) {
            return new ObjectSchema(name, label, prefix, false, list);
        }

        private static FieldSchema field(String name, FieldType type, int length, boolean nillable,
                                         boolean createable, boolean updateable, String defaultValue,
                                         List<String> referenceTo) {
            return new FieldSchema(name, label(name), type, length, nillable, createable, updateable, false, false,
                    false, List.of(), false, defaultValue, referenceTo);
        }

        private static int lengthOf(FieldType type) {
            return switch (type) {
                case STRING, EMAIL, URL, PICKLIST -> 255;
                case PHONE -> 40;
                case ID, REFERENCE -> 18;
                default -> 0;
            };
        }

        private static String label(String name) {
            String bare = name.endsWith("Id") && name.length() > 2
                    ? name.substring(0, name.length() - 2) + " ID" : name;
            return bare.replaceAll("([a-z])([A-Z])", "$1 $2");
        }
    }
}
