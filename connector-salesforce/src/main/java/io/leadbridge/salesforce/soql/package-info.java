/** SOQL text: literals and names, escaped in one place. No I/O and no vendor types. */
package io.leadbridge.salesforce.soql;
