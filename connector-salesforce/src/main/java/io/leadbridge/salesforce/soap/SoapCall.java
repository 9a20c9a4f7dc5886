package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;

/** One partner API call, run by {@link SalesforceSession#call(SoapCall)}. */
@FunctionalInterface
public interface SoapCall<T> {

    T invoke(PartnerConnection connection) throws ConnectionException;
}
