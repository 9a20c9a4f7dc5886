package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.DescribeGlobalResult;
import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.SoapType;
import io.leadbridge.sandbox.salesforce.store.FieldSchema;
import io.leadbridge.sandbox.salesforce.store.FieldType;
import io.leadbridge.sandbox.salesforce.store.ObjectSchema;
import io.leadbridge.sandbox.salesforce.store.StandardObjects;
import java.util.List;
import java.util.Objects;

/** Describes the emulated objects with the generated partner describe types. */
final class DescribeBinding {

    private DescribeBinding() {
    }

    /** {@code object} as describe answers it, picklist values deactivated in {@code objects} marked inactive. */
    static DescribeSObjectResult describe(ObjectSchema object, StandardObjects objects) {
        DescribeSObjectResult result = new DescribeSObjectResult();
        result.setName(object.name());
        result.setLabel(object.label());
        result.setLabelPlural(object.label() + "s");
        result.setKeyPrefix(object.keyPrefix());
        result.setCreateable(object.createable());
        result.setUpdateable(object.createable());
        result.setDeletable(object.createable());
        result.setUndeletable(object.createable());
        result.setQueryable(true);
        result.setRetrieveable(true);
        result.setReplicateable(true);
        result.setSearchable(object.createable());
        result.setTriggerable(object.createable());
        result.setLayoutable(object.createable());
        result.setIdEnabled(true);
        result.setFields(object.fields().stream().map(field -> field(object, field, objects)).toArray(Field[]::new));
        return result;
    }

    static DescribeGlobalResult global(List<ObjectSchema> objects) {
        DescribeGlobalResult result = new DescribeGlobalResult();
        result.setEncoding("UTF-8");
        result.setMaxBatchSize(200);
        result.setSobjects(objects.stream().map(object -> {
            DescribeGlobalSObjectResult entry = new DescribeGlobalSObjectResult();
            entry.setName(object.name());
            entry.setLabel(object.label());
            entry.setLabelPlural(object.label() + "s");
            entry.setKeyPrefix(object.keyPrefix());
            entry.setCreateable(object.createable());
            entry.setUpdateable(object.createable());
            entry.setDeletable(object.createable());
            entry.setQueryable(true);
            entry.setRetrieveable(true);
            entry.setReplicateable(true);
            entry.setIdEnabled(true);
            return entry;
        }).toArray(DescribeGlobalSObjectResult[]::new));
        return result;
    }

    private static Field field(ObjectSchema object, FieldSchema schema, StandardObjects objects) {
        Field field = new Field();
        field.setName(schema.name());
        field.setLabel(schema.label());
        field.setType(fieldType(schema.type()));
        field.setSoapType(soapType(schema.type()));
        field.setLength(schema.type().isText() && schema.type() != FieldType.ID && schema.type() != FieldType.REFERENCE
                ? schema.length() : 0);
        field.setByteLength(schema.length() * 3);
        field.setNillable(schema.nillable());
        field.setCreateable(schema.createable());
        field.setUpdateable(schema.updateable());
        field.setDefaultedOnCreate(schema.defaultValue() != null || !schema.createable() && !schema.nillable());
        field.setExternalId(schema.externalId());
        field.setUnique(schema.unique());
        field.setIdLookup(schema.externalId() || schema.type() == FieldType.ID);
        field.setCustom(schema.custom());
        field.setFilterable(schema.type() != FieldType.TEXTAREA);
        field.setSortable(schema.type() != FieldType.TEXTAREA);
        field.setGroupable(schema.type() != FieldType.TEXTAREA && schema.type() != FieldType.DATETIME);
        field.setNameField(schema.name().equals("Name"));
        field.setRestrictedPicklist(schema.restrictedPicklist());
        field.setPicklistValues(schema.picklistValues().stream().map(value -> {
            PicklistEntry entry = new PicklistEntry();
            entry.setActive(objects.isActive(object, schema, value));
            entry.setDefaultValue(Objects.equals(value, schema.defaultValue()));
            entry.setLabel(value);
            entry.setValue(value);
            return entry;
        }).toArray(PicklistEntry[]::new));
        field.setReferenceTo(schema.referenceTo().toArray(String[]::new));
        field.setRelationshipName(schema.relationshipName());
        field.setPolymorphicForeignKey(schema.referenceTo().size() > 1);
        if (schema.type() == FieldType.DOUBLE || schema.type() == FieldType.CURRENCY) {
            field.setPrecision(18);
            field.setScale(2);
        }
        if (schema.type() == FieldType.INT) {
            field.setDigits(9);
        }
        return field;
    }

    private static com.sforce.soap.partner.FieldType fieldType(FieldType type) {
        return switch (type) {
            case ID -> com.sforce.soap.partner.FieldType.id;
            case STRING -> com.sforce.soap.partner.FieldType.string;
            case TEXTAREA -> com.sforce.soap.partner.FieldType.textarea;
            case EMAIL -> com.sforce.soap.partner.FieldType.email;
            case PHONE -> com.sforce.soap.partner.FieldType.phone;
            case URL -> com.sforce.soap.partner.FieldType.url;
            case PICKLIST -> com.sforce.soap.partner.FieldType.picklist;
            case BOOLEAN -> com.sforce.soap.partner.FieldType._boolean;
            case DATETIME -> com.sforce.soap.partner.FieldType.datetime;
            case DATE -> com.sforce.soap.partner.FieldType.date;
            case DOUBLE -> com.sforce.soap.partner.FieldType._double;
            case INT -> com.sforce.soap.partner.FieldType._int;
            case CURRENCY -> com.sforce.soap.partner.FieldType.currency;
            case REFERENCE -> com.sforce.soap.partner.FieldType.reference;
        };
    }

    private static SoapType soapType(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> SoapType.ID;
            case BOOLEAN -> SoapType._boolean;
            case DATETIME -> SoapType.dateTime;
            case DATE -> SoapType.date;
            case DOUBLE, CURRENCY -> SoapType._double;
            case INT -> SoapType._int;
            default -> SoapType.string;
        };
    }
}
