package io.leadbridge.sandbox.salesforce.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts one Lead as {@code convertLead} does: a new Account named after the Company (or the given one), a new
 * Contact from the Lead's person fields (or the given one, whose empty fields are filled), an Opportunity unless
 * {@code doNotCreateOpportunity}, and the Lead marked converted with its {@code Converted*Id} fields. Runs inside
 * the org's lock.
 */
final class LeadConverter {

    private static final List<String> CONTACT_FIELDS = List.of("FirstName", "LastName", "Email", "Phone",
            "MobilePhone", "Title", "Description", "HasOptedOutOfEmail", "DoNotCall");

    private final Org org;
    private final String userId;
    private final List<RecordChange> changes;

    LeadConverter(Org org, String userId, List<RecordChange> changes) {
        this.org = org;
        this.userId = userId;
        this.changes = changes;
    }

    ConversionOutcome convert(ConversionRequest request) {
        Optional<StoredRecord> lead = SalesforceIds.normalise(request.leadId()).flatMap(org::lookup)
                .filter(r -> r.schema().name().equals("Lead") && !r.deleted());
        if (lead.isEmpty()) {
            return ConversionOutcome.failed(request.leadId(), RecordError.of("INVALID_CROSS_REFERENCE_KEY",
                    "invalid cross reference id", "leadId"));
        }
        StoredRecord source = lead.get();
        if ("true".equals(source.get("IsConverted"))) {
            return ConversionOutcome.failed(source.id(), RecordError.of("CANNOT_UPDATE_CONVERTED_LEAD",
                    "cannot reference converted lead"));
        }
        if (!isConvertedStatus(request.convertedStatus())) {
            return ConversionOutcome.failed(source.id(), RecordError.of("INVALID_STATUS",
                    "invalid convertedStatus: " + request.convertedStatus(), "convertedStatus"));
        }
        String owner = request.ownerId() != null ? request.ownerId() : source.get("OwnerId");
        Optional<String> account = account(request, source, owner);
        if (account.isEmpty()) {
            return ConversionOutcome.failed(source.id(), RecordError.of("INVALID_CROSS_REFERENCE_KEY",
                    "invalid cross reference id", "accountId"));
        }
        Optional<String> contact = contact(request, source, account.get(), owner);
        if (contact.isEmpty()) {
            return ConversionOutcome.failed(source.id(), RecordError.of("INVALID_CROSS_REFERENCE_KEY",
                    "invalid cross reference id", "contactId"));
        }
        String opportunity = request.doNotCreateOpportunity() ? null : opportunity(request, source, account.get(),
                owner);
        Instant now = org.now();
        source.put("IsConverted", "true");
        source.put("Status", canonicalStatus(request.convertedStatus()));
        source.put("ConvertedDate", now.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        source.put("ConvertedAccountId", account.get());
        source.put("ConvertedContactId", contact.get());
        source.put("ConvertedOpportunityId", opportunity);
        org.stamp(source, now, userId);
        changes.add(new RecordChange("Lead", source.id(), false));
        return new ConversionOutcome(source.id(), account.get(), contact.get(), opportunity, List.of());
    }

    private Optional<String> account(ConversionRequest request, StoredRecord lead, String owner) {
        if (request.accountId() != null) {
            return existing(request.accountId(), "Account").map(StoredRecord::id);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", lead.get("Company") == null ? lead.get("Name") : lead.get("Company"));
        values.put("Website", lead.get("Website"));
        values.put("Phone", lead.get("Phone"));
        values.put("Industry", lead.get("Industry"));
        values.put("NumberOfEmployees", lead.get("NumberOfEmployees"));
        values.put("BillingCity", lead.get("City"));
        values.put("BillingCountry", lead.get("Country"));
        values.put("OwnerId", owner);
        return created("Account", values);
    }

    private Optional<String> contact(ConversionRequest request, StoredRecord lead, String accountId, String owner) {
        if (request.contactId() != null) {
            Optional<StoredRecord> target = existing(request.contactId(), "Contact");
            target.ifPresent(contact -> fillEmpty(contact, lead, request.overwriteLeadSource()));
            return target.map(StoredRecord::id);
        }
        Map<String, String> values = new LinkedHashMap<>();
        CONTACT_FIELDS.forEach(field -> values.put(field, lead.get(field)));
        values.put("LeadSource", lead.get("LeadSource"));
        values.put("MailingCity", lead.get("City"));
        values.put("MailingCountry", lead.get("Country"));
        values.put("AccountId", accountId);
        values.put("OwnerId", owner);
        return created("Contact", values);
    }

    private String opportunity(ConversionRequest request, StoredRecord lead, String accountId, String owner) {
        Map<String, String> values = new LinkedHashMap<>();
        String company = lead.get("Company") == null ? lead.get("Name") : lead.get("Company");
        values.put("Name", request.opportunityName() != null ? request.opportunityName() : company + "-");
        values.put("AccountId", accountId);
        values.put("StageName", "Prospecting");
        values.put("CloseDate", org.now().atOffset(ZoneOffset.UTC).toLocalDate().plusMonths(1).toString());
        values.put("LeadSource", lead.get("LeadSource"));
        values.put("OwnerId", owner);
        return created("Opportunity", values).orElse(null);
    }

    private void fillEmpty(StoredRecord contact, StoredRecord lead, boolean overwriteLeadSource) {
        CONTACT_FIELDS.forEach(field -> {
            if (contact.get(field) == null && lead.get(field) != null) {
                contact.put(field, lead.get(field));
            }
        });
        if (overwriteLeadSource || contact.get("LeadSource") == null) {
            contact.put("LeadSource", lead.get("LeadSource"));
        }
        Derivations.apply(contact, org.now());
        org.stamp(contact, org.now(), userId);
        changes.add(new RecordChange("Contact", contact.id(), false));
    }

    private Optional<String> created(String type, Map<String, String> values) {
        values.values().removeIf(java.util.Objects::isNull);
        SaveOutcome outcome = org.insert(org.writableSchema(type), new RecordInput(type, values), userId, changes);
        return Optional.ofNullable(outcome.id());
    }

    private Optional<StoredRecord> existing(String id, String type) {
        return SalesforceIds.normalise(id).flatMap(org::lookup)
                .filter(r -> r.schema().name().equals(type) && !r.deleted());
    }

    private boolean isConvertedStatus(String status) {
        return status != null && org.rows("LeadStatus", false).stream()
                .anyMatch(row -> "true".equals(row.get("IsConverted")) && status.equalsIgnoreCase(row.get("ApiName")));
    }

    private String canonicalStatus(String status) {
        return org.rows("LeadStatus", false).stream().map(row -> row.get("ApiName"))
                .filter(status::equalsIgnoreCase).findFirst().orElse(status);
    }
}
