/**
 * Stateful HubSpot and Salesforce emulators. The module is part of the reactor from the start so that
 * the app and the adapters' contract tests can depend on it; the emulators themselves are delivered by
 * the sandbox issue.
 */
package io.leadbridge.sandbox;
