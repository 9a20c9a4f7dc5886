package io.leadbridge.app.admin;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking one CRM: reachable with the configured credentials, and offering every mapped field and
 * status value.
 *
 * @param crm       {@code hubspot} or {@code salesforce}
 * @param status    {@link Status#OK}, {@link Status#FAILED} or {@link Status#NOT_CONFIGURED}
 * @param summary   one line for the console
 * @param problems  each mapping problem or the connection failure, naming its configuration key where there is one
 */
public record CheckResult(String crm, Status status, String summary, List<String> problems, Instant checkedAt) {

    public enum Status { OK, FAILED, NOT_CONFIGURED }

    public CheckResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
