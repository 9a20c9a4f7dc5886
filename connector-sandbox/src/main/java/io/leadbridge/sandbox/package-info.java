/**
 * Stateful HubSpot and Salesforce emulators ({@code hubspot}, {@code salesforce} packages), the sample data
 * they are seeded with, and the standalone launcher {@link io.leadbridge.sandbox.SandboxMain}.
 */
package io.leadbridge.sandbox;
