/**
 * Salesforce Outbound Messaging: parsing the {@code notifications} SOAP request safely and writing the answers.
 * Plain JAXP, no Spring and no force-wsc.
 */
package io.leadbridge.salesforce.outbound;
