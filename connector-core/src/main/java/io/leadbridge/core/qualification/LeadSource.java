package io.leadbridge.core.qualification;

/** Whether the person came to us (a form, a webinar) or we went to them (an SDR's prospecting). */
public enum LeadSource {
    INBOUND,
    OUTBOUND
}
