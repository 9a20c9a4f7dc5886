package io.leadbridge.salesforce;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import com.sforce.ws.bind.HTMLResponseException;
import io.leadbridge.core.failure.SyncFailure;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what force-wsc reports into a {@link SyncFailure}, once, at the adapter edge: whole-call
 * {@link ConnectionException}s and per-record {@link Error}s. Messages never carry session ids.
 *
 * <p>Call level: {@code REQUEST_LIMIT_EXCEEDED} is {@link SyncFailure.RateLimited}; {@code UNABLE_TO_LOCK_ROW},
 * {@code SERVER_UNAVAILABLE}, timeouts, I/O errors and HTML answers (proxies, maintenance pages) are
 * {@link SyncFailure.Retriable}; every other API fault, including {@code INVALID_SESSION_ID} that survived
 * the one token refresh, is {@link SyncFailure.Permanent}. A SOAP fault without Salesforce detail is retriable
 * only when its fault code is {@code Server}.
 *
 * <p>Record level: {@code UNABLE_TO_LOCK_ROW} is retriable; duplicates, converted and deleted records are a
 * {@link SyncFailure.Conflict}; everything else (validation, required or restricted fields ...) is
 * permanent and names the fields Salesforce named.
 */
public final class SalesforceFaultClassifier {

    /** How long to wait after {@code REQUEST_LIMIT_EXCEEDED}; Salesforce sends no retry-after. */
    public static final Duration RATE_LIMIT_BACKOFF = Duration.ofSeconds(60);

    static final String TIMEOUT = "TIMEOUT";
    static final String IO_ERROR = "IO_ERROR";
    static final String HTML_RESPONSE = "HTML_RESPONSE";
    static final String UNKNOWN = "UNKNOWN";
    private static final String SERVER_FAULT = "Server";

    private static final Set<ExceptionCode> RETRIABLE_FAULTS =
            EnumSet.of(ExceptionCode.UNABLE_TO_LOCK_ROW, ExceptionCode.SERVER_UNAVAILABLE);
    private static final Set<StatusCode> RETRIABLE_RECORD_ERRORS = EnumSet.of(StatusCode.UNABLE_TO_LOCK_ROW);
    private static final Set<StatusCode> CONFLICTS = EnumSet.of(StatusCode.DUPLICATE_VALUE,
            StatusCode.DUPLICATES_DETECTED, StatusCode.CANNOT_UPDATE_CONVERTED_LEAD, StatusCode.ENTITY_IS_DELETED);
    private static final Pattern SESSION_ID =
            Pattern.compile("00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![^\\s\"'<>&]+");

    private SalesforceFaultClassifier() {
    }

    /** Classifies a failed SOAP call. */
    public static SyncFailure classify(ConnectionException failure) {
        if (failure instanceof ApiFault fault) {
            ExceptionCode code = fault.getExceptionCode();
            String message = safe(fault.getExceptionMessage());
            if (code == null) {
                return new SyncFailure.Permanent(UNKNOWN, message, "", List.of());
            }
            if (code == ExceptionCode.REQUEST_LIMIT_EXCEEDED) {
                return new SyncFailure.RateLimited(code.name(), message, "", RATE_LIMIT_BACKOFF);
            }
            if (RETRIABLE_FAULTS.contains(code)) {
                return new SyncFailure.Retriable(code.name(), message, "");
            }
            if (code == ExceptionCode.INVALID_SESSION_ID) {
                return new SyncFailure.Permanent(code.name(),
                        "Salesforce rejected the access token after a refresh: " + message, "", List.of());
            }
            return new SyncFailure.Permanent(code.name(), message, "", List.of());
        }
        if (failure instanceof SoapFaultException fault) {
            String code = fault.getFaultCode() == null ? UNKNOWN : fault.getFaultCode().getLocalPart();
            return SERVER_FAULT.equals(code)
                    ? new SyncFailure.Retriable(code, safe(fault.getMessage()), "")
                    : new SyncFailure.Permanent(code, safe(fault.getMessage()), "", List.of());
        }
        if (failure instanceof HTMLResponseException) {
            return new SyncFailure.Retriable(HTML_RESPONSE,
                    "Salesforce answered with an HTML page instead of SOAP (proxy or maintenance page)", "");
        }
        if (causedByTimeout(failure)) {
            return new SyncFailure.Retriable(TIMEOUT, safe(failure.getMessage()), "");
        }
        return new SyncFailure.Retriable(IO_ERROR, safe(describe(failure)), "");
    }

    /**
     * Classifies the errors Salesforce returned for one record. The first error decides the kind; the message
     * joins every error's message and a permanent failure lists every named field.
     */
    public static SyncFailure classify(Error... errors) {
        if (errors == null || errors.length == 0) {
            return new SyncFailure.Permanent(UNKNOWN, "Salesforce reported a failure without an error", "", List.of());
        }
        StatusCode status = errors[0].getStatusCode();
        String code = status == null ? UNKNOWN : status.name();
        String message = Arrays.stream(errors).map(Error::getMessage).map(SalesforceFaultClassifier::safe)
                .collect(Collectors.joining("; "));
        if (status != null && RETRIABLE_RECORD_ERRORS.contains(status)) {
            return new SyncFailure.Retriable(code, message, "");
        }
        if (status != null && CONFLICTS.contains(status)) {
            return new SyncFailure.Conflict(code, message, "");
        }
        return new SyncFailure.Permanent(code, message, "", fields(errors));
    }

    private static List<String> fields(Error... errors) {
        Set<String> fields = new LinkedHashSet<>();
        for (Error error : errors) {
            if (error.getFields() != null) {
                Arrays.stream(error.getFields()).filter(f -> f != null && !f.isBlank()).forEach(fields::add);
            }
        }
        return new ArrayList<>(fields);
    }

    private static boolean causedByTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ConnectionException failure) {
        Throwable cause = failure.getCause();
        if (cause == null || cause.getMessage() == null) {
            return failure.getMessage();
        }
        return failure.getMessage() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static String safe(String message) {
        return message == null ? "" : SESSION_ID.matcher(message).replaceAll("[session id redacted]");
    }
}
