package io.leadbridge.core.qualification;

/** Which phone number a person gave: a company line ({@code phone}), only a mobile, or none. */
public enum PhoneKind {
    COMPANY,
    PERSONAL,
    NONE
}
