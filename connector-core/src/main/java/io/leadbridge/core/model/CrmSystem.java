package io.leadbridge.core.model;

/** The CRMs Leadbridge keeps in step. */
public enum CrmSystem {
    HUBSPOT,
    SALESFORCE;

    public CrmSystem other() {
        return this == HUBSPOT ? SALESFORCE : HUBSPOT;
    }
}
