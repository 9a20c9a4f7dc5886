package io.leadbridge.sandbox.salesforce.soql;

import java.util.regex.Pattern;

/**
 * A SOQL {@code LIKE} pattern: {@code %} matches any run of characters, {@code _} exactly one; the escaped forms
 * {@code \%} and {@code \_} match themselves. Matching is case-insensitive, as in Salesforce.
 */
public final class LikePattern {

    private final StringBuilder regex = new StringBuilder();
    private Pattern compiled;

    void literal(char c) {
        regex.append(Pattern.quote(String.valueOf(c)));
    }

    void anyRun() {
        regex.append(".*");
    }

    void anyOne() {
        regex.append('.');
    }

    public boolean matches(String text) {
        if (compiled == null) {
            compiled = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    | Pattern.DOTALL);
        }
        return compiled.matcher(text).matches();
    }

    @Override
    public String toString() {
        return regex.toString();
    }
}
