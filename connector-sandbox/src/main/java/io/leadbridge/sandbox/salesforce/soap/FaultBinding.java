package io.leadbridge.sandbox.salesforce.soap;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ApiQueryFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidIdFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import io.leadbridge.sandbox.salesforce.store.ApiError;

/** Turns an {@link ApiError} into the generated partner fault type its kind calls for. */
final class FaultBinding {

    private FaultBinding() {
    }

    static String elementName(ApiError error) {
        return switch (error.kind()) {
            case INVALID_FIELD -> "InvalidFieldFault";
            case MALFORMED_QUERY -> "MalformedQueryFault";
            case INVALID_SOBJECT -> "InvalidSObjectFault";
            case INVALID_QUERY_LOCATOR -> "InvalidQueryLocatorFault";
            case INVALID_ID -> "InvalidIdFault";
            case UNEXPECTED -> "UnexpectedErrorFault";
        };
    }

    static ApiFault toFault(ApiError error) {
        ApiFault fault = switch (error.kind()) {
            case INVALID_FIELD -> located(new InvalidFieldFault(), error);
            case MALFORMED_QUERY -> located(new MalformedQueryFault(), error);
            case INVALID_SOBJECT -> located(new InvalidSObjectFault(), error);
            case INVALID_QUERY_LOCATOR -> new InvalidQueryLocatorFault();
            case INVALID_ID -> new InvalidIdFault();
            case UNEXPECTED -> new UnexpectedErrorFault();
        };
        fault.setExceptionCode(ExceptionCode.valueOf(error.exceptionCode()));
        fault.setExceptionMessage(error.getMessage());
        return fault;
    }

    private static ApiFault located(ApiQueryFault fault, ApiError error) {
        fault.setRow(error.row());
        fault.setColumn(error.column());
        return fault;
    }
}
