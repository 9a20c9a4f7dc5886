package io.leadbridge.sandbox.salesforce.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A literal in a SOQL condition. */
public sealed interface SoqlValue {

    /** A string literal after unescaping, with its {@code LIKE} pattern (wildcards unless escaped). */
    record Text(String value, LikePattern pattern) implements SoqlValue {
    }

    record Number(BigDecimal value) implements SoqlValue {
    }

    record DateTime(Instant value) implements SoqlValue {
    }

    record Date(LocalDate value) implements SoqlValue {
    }

    record Bool(boolean value) implements SoqlValue {
    }

    record Null() implements SoqlValue {
    }
}
