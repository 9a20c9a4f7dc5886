/**
 * SOAP transport over force-wsc: the access token, the partner connection and the calls made on it.
 * Together with {@code ..mapping} and {@link io.leadbridge.salesforce.SalesforceFaultClassifier}, the only place
 * {@code com.sforce} types may appear.
 */
package io.leadbridge.salesforce.soap;
