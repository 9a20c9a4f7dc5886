package io.leadbridge.app.security;

/** The console's two roles: {@link #ADMIN} may change things, {@link #VIEWER} may only look. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
