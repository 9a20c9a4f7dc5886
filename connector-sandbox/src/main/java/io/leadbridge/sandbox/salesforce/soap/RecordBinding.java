package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import io.leadbridge.sandbox.salesforce.store.RecordInput;
import io.leadbridge.sandbox.salesforce.store.WireValues;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a client's partner {@link SObject} into a vendor-free {@link RecordInput}: {@code type},
 * {@code fieldsToNull}, and every other child as a field whose value becomes wire text (a {@code Calendar} or
 * {@code Date} as a UTC date-time, a {@code Boolean} as {@code true}/{@code false}). Nil elements are left out, as
 * Salesforce ignores them; clearing a field takes {@code fieldsToNull}.
 */
final class RecordBinding {

    private RecordBinding() {
    }

    static List<RecordInput> inputs(SObject[] objects) {
        List<RecordInput> inputs = new ArrayList<>();
        if (objects != null) {
            for (SObject object : objects) {
                inputs.add(input(object));
            }
        }
        return inputs;
    }

    static RecordInput input(SObject object) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> fieldsToNull = new ArrayList<>();
        Iterator<XmlObject> children = object.getChildren();
        while (children.hasNext()) {
            XmlObject child = children.next();
            String name = child.getName().getLocalPart();
            if (name.equals("type")) {
                continue;
            }
            Object value = child.hasChildren() ? child : child.getValue();
            if (name.equals("fieldsToNull")) {
                if (value != null) {
                    fieldsToNull.add(value.toString());
                }
            } else if (value != null) {
                values.put(name, text(value));
            }
        }
        return new RecordInput(object.getType(), values, fieldsToNull);
    }

    private static String text(Object value) {
        if (value instanceof Calendar calendar) {
            return WireValues.dateTime(calendar.toInstant());
        }
        if (value instanceof Date date) {
            return WireValues.dateTime(date.toInstant());
        }
        if (value instanceof XmlObject nested) {
            return "[nested " + nested.getName().getLocalPart() + "]";
        }
        return value.toString();
    }
}
