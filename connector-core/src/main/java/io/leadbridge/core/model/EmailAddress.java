package io.leadbridge.core.model;

import java.util.Locale;

/** Email helpers shared by identity matching and qualification. */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the last {@code @}, lower-cased; empty when there is none. */
    public static String domain(String email) {
        String normalised = normalise(email);
        int at = normalised.lastIndexOf('@');
        return at < 0 ? "" : normalised.substring(at + 1);
    }
}
