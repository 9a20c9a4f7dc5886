/**
 * An in-memory HubSpot portal served over HTTP: CRM objects, batch and search, associations v4, properties,
 * owners, OAuth tokens, rate limits, injected faults and signed webhook delivery. Start one with
 * {@link io.leadbridge.sandbox.hubspot.HubSpotEmulator#start(HubSpotEmulatorOptions)}.
 */
package io.leadbridge.sandbox.hubspot;
