package io.leadbridge.core.qualification;

import io.leadbridge.core.model.PersonField;
import java.util.Locale;

/** The four BANT questions, each answered in the person field of the same name. */
public enum BantQuestion {
    BUDGET(PersonField.BUDGET),
    AUTHORITY(PersonField.AUTHORITY),
    NEED(PersonField.NEED),
    TIMELINE(PersonField.TIMELINE);

    private final PersonField field;

    BantQuestion(PersonField field) {
        this.field = field;
    }

    public PersonField field() {
        return field;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
