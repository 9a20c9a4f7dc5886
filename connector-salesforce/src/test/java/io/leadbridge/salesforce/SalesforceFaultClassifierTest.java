package io.leadbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.HTMLResponseException;
import io.leadbridge.core.failure.SyncFailure;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SalesforceFaultClassifierTest {

    @Test
    void theRequestLimitIsRateLimitedForOneMinute() {
        SyncFailure failure = SalesforceFaultClassifier.classify(
                fault(ExceptionCode.REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded."));

        assertThat(failure).isEqualTo(new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED",
                "TotalRequests Limit exceeded.", "", Duration.ofSeconds(60)));
    }

    @ParameterizedTest
    @EnumSource(value = ExceptionCode.class, names = {"UNABLE_TO_LOCK_ROW", "SERVER_UNAVAILABLE"})
    void lockAndAvailabilityFaultsAreRetriable(ExceptionCode code) {
        SyncFailure failure = SalesforceFaultClassifier.classify(fault(code, "try again"));

        assertThat(failure).isEqualTo(new SyncFailure.Retriable(code.name(), "try again", ""));
    }

    @Test
    void aSessionStillInvalidAfterTheRefreshIsPermanent() {
        SyncFailure failure = SalesforceFaultClassifier.classify(
                fault(ExceptionCode.INVALID_SESSION_ID, "Session expired or invalid"));

        assertThat(failure).isInstanceOf(SyncFailure.Permanent.class);
        assertThat(failure.code()).isEqualTo("INVALID_SESSION_ID");
        assertThat(failure.message()).contains("Session expired or invalid");
    }

    @Test
    void otherApiFaultsArePermanentWithTheirCodeAndMessage() {
        InvalidFieldFault fault = new InvalidFieldFault();
        fault.setExceptionCode(ExceptionCode.INVALID_FIELD);
        fault.setExceptionMessage("No such column 'Foo__c' on entity 'Lead'");

        SyncFailure failure = SalesforceFaultClassifier.classify(fault);

        assertThat(failure).isEqualTo(new SyncFailure.Permanent("INVALID_FIELD",
                "No such column 'Foo__c' on entity 'Lead'", "", List.of()));
    }

    @Test
    void aTimeoutIsRetriable() {
        SyncFailure failure = SalesforceFaultClassifier.classify(new ConnectionException(
                "Request to https://acme.my.salesforce.com timed out.", new SocketTimeoutException("Read timed out")));

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.code()).isEqualTo("TIMEOUT");
    }

    @Test
    void anIoErrorIsRetriable() {
        SyncFailure failure = SalesforceFaultClassifier.classify(new ConnectionException(
                "Failed to send request to https://acme.my.salesforce.com", new IOException("Connection reset")));

        assertThat(failure).isEqualTo(new SyncFailure.Retriable("IO_ERROR",
                "Failed to send request to https://acme.my.salesforce.com: IOException: Connection reset", ""));
    }

    @Test
    void anHtmlAnswerIsRetriableAndItsBodyIsNotRepeated() {
        SyncFailure failure = SalesforceFaultClassifier.classify(
                new HTMLResponseException("<html>maintenance page with internal details</html>"));

        assertThat(failure).isInstanceOf(SyncFailure.Retriable.class);
        assertThat(failure.message()).doesNotContain("internal details");
    }

    @Test
    void aRowLockOnOneRecordIsRetriable() {
        SyncFailure failure = SalesforceFaultClassifier.classify(error(StatusCode.UNABLE_TO_LOCK_ROW,
                "unable to obtain exclusive access to this record"));

        assertThat(failure).isEqualTo(new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW",
                "unable to obtain exclusive access to this record", ""));
    }

    @ParameterizedTest
    @EnumSource(value = StatusCode.class,
            names = {"DUPLICATE_VALUE", "DUPLICATES_DETECTED", "CANNOT_UPDATE_CONVERTED_LEAD", "ENTITY_IS_DELETED"})
    void duplicatesConvertedAndDeletedRecordsAreConflicts(StatusCode code) {
        SyncFailure failure = SalesforceFaultClassifier.classify(error(code, "needs a decision"));

        assertThat(failure).isEqualTo(new SyncFailure.Conflict(code.name(), "needs a decision", ""));
    }

    @ParameterizedTest
    @EnumSource(value = StatusCode.class, names = {"REQUIRED_FIELD_MISSING", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            "INVALID_EMAIL_ADDRESS", "FIELD_CUSTOM_VALIDATION_EXCEPTION", "STRING_TOO_LONG"})
    void otherRecordErrorsArePermanentAndNameTheFields(StatusCode code) {
        SyncFailure failure = SalesforceFaultClassifier.classify(error(code, "bad value", "Email", "Status"));

        assertThat(failure).isEqualTo(new SyncFailure.Permanent(code.name(), "bad value", "",
                List.of("Email", "Status")));
    }

    @Test
    void severalErrorsOnOneRecordKeepEveryMessageAndField() {
        SyncFailure failure = SalesforceFaultClassifier.classify(
                error(StatusCode.REQUIRED_FIELD_MISSING, "Required fields are missing: [LastName]", "LastName"),
                error(StatusCode.INVALID_EMAIL_ADDRESS, "invalid email address", "Email"));

        assertThat(failure).isEqualTo(new SyncFailure.Permanent("REQUIRED_FIELD_MISSING",
                "Required fields are missing: [LastName]; invalid email address", "", List.of("LastName", "Email")));
    }

    @Test
    void messagesNeverCarryASessionId() {
        String sessionId = "00D5g000004AbCd!AQ0AQSecretSessionValue.123";

        SyncFailure fault = SalesforceFaultClassifier.classify(
                fault(ExceptionCode.INVALID_SESSION_ID, "Invalid Session ID found: " + sessionId));
        SyncFailure record = SalesforceFaultClassifier.classify(
                error(StatusCode.FIELD_CUSTOM_VALIDATION_EXCEPTION, "rejected " + sessionId + " here"));
        SyncFailure io = SalesforceFaultClassifier.classify(new ConnectionException("failed: " + sessionId));

        assertThat(List.of(fault.message(), record.message(), io.message()))
                .allSatisfy(message -> assertThat(message).doesNotContain("AQ0AQSecretSessionValue")
                        .contains("[session id redacted]"));
    }

    private static UnexpectedErrorFault fault(ExceptionCode code, String message) {
        UnexpectedErrorFault fault = new UnexpectedErrorFault();
        fault.setExceptionCode(code);
        fault.setExceptionMessage(message);
        return fault;
    }

    private static Error error(StatusCode code, String message, String... fields) {
        Error error = new Error();
        error.setStatusCode(code);
        error.setMessage(message);
        error.setFields(fields);
        return error;
    }
}
