package io.leadbridge.salesforce;

import java.util.ArrayList;
import java.util.List;

/**
 * What the configuration expects of the org's Lead object, each expectation with the configuration path that
 * set it, so that a mismatch is reported where the admin can fix it. Checked at start-up by
 * {@link SalesforceAdapter#checkLeadSchema(LeadSchemaExpectations)}.
 */
public final class LeadSchemaExpectations {

    private final List<Expectation> fields = new ArrayList<>();
    private final List<Expectation> externalIds = new ArrayList<>();
    private final List<Expectation> statuses = new ArrayList<>();

    /** {@code name} must be a Lead field. */
    public LeadSchemaExpectations field(String path, String name) {
        fields.add(new Expectation(path, name));
        return this;
    }

    /** {@code name} must be a Lead field marked External ID (upserts use it). */
    public LeadSchemaExpectations externalIdField(String path, String name) {
        externalIds.add(new Expectation(path, name));
        return this;
    }

    /** {@code value} must be an active value of the Lead.Status picklist. */
    public LeadSchemaExpectations status(String path, String value) {
        statuses.add(new Expectation(path, value));
        return this;
    }

    /** Every mismatch with {@code lead}, each as {@code path: what is wrong}; empty when the org fits. */
    public List<String> problems(ObjectSchema lead) {
        List<String> problems = new ArrayList<>();
        fields.forEach(e -> {
            if (lead.field(e.value()).isEmpty()) {
                problems.add(e.path() + ": '" + e.value() + "' is not a field of " + lead.name());
            }
        });
        externalIds.forEach(e -> lead.field(e.value()).ifPresentOrElse(field -> {
            if (!field.externalId()) {
                problems.add(e.path() + ": " + lead.name() + "." + field.name() + " is not marked External ID, so"
                        + " Leads cannot be upserted on it");
            }
        }, () -> problems.add(e.path() + ": '" + e.value() + "' is not a field of " + lead.name())));
        List<String> statusValues = lead.field("Status").map(FieldSchema::picklistValues).orElse(List.of());
        statuses.forEach(e -> {
            if (!statusValues.contains(e.value())) {
                problems.add(e.path() + ": '" + e.value() + "' is not a " + lead.name() + ".Status value (values: "
                        + String.join(", ", statusValues) + ")");
            }
        });
        return problems;
    }

    private record Expectation(String path, String value) {
    }
}
