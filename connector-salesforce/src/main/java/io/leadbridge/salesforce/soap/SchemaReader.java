package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import io.leadbridge.salesforce.FieldSchema;
import io.leadbridge.salesforce.ObjectSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@code describeSObject}, reduced to what the adapter checks: field names, types, flags, active picklist values. */
public final class SchemaReader {

    private final SalesforceSession session;

    public SchemaReader(SalesforceSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public ObjectSchema describe(String objectType) {
        DescribeSObjectResult result = session.call(c -> c.describeSObject(objectType));
        List<FieldSchema> fields = new ArrayList<>();
        if (result.getFields() != null) {
            for (Field field : result.getFields()) {
                fields.add(new FieldSchema(field.getName(), field.getType() == null ? "" : field.getType().name(),
                        field.isExternalId(), field.isCreateable(), field.isUpdateable(), activeValues(field)));
            }
        }
        return new ObjectSchema(result.getName() == null ? objectType : result.getName(), fields);
    }

    private static List<String> activeValues(Field field) {
        if (field.getPicklistValues() == null) {
            return List.of();
        }
        return Arrays.stream(field.getPicklistValues()).filter(PicklistEntry::isActive).map(PicklistEntry::getValue)
                .toList();
    }
}
