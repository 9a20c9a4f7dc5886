package io.leadbridge.app.admin;

import io.leadbridge.core.port.ErrorQueue;
import io.leadbridge.core.port.SyncError;
import java.util.List;
import java.util.Optional;

/** The newest {@value #WINDOW} open errors of the queue, filtered for the console and the API. */
public class OpenErrors {

    /** How many of the newest open errors the console searches. */
    public static final int WINDOW = 500;

    private final ErrorQueue errors;

    public OpenErrors(ErrorQueue errors) {
        this.errors = errors;
    }

    public List<SyncError> matching(ErrorFilter filter) {
        return errors.open(WINDOW).stream().filter(filter::matches).toList();
    }

    /** The open error with this id, if it is among the newest {@value #WINDOW}. */
    public Optional<SyncError> byId(long id) {
        return errors.open(WINDOW).stream().filter(error -> error.id() == id).findFirst();
    }
}
