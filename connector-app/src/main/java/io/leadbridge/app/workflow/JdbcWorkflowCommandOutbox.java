package io.leadbridge.app.workflow;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link WorkflowActions} as a durable outbox on the {@code workflow_command} table (V12): the commands of one
 * batch are stored in one transaction, keyed by batch and position, so that a batch accepted once (a timer fired,
 * then fired again after a crash) is stored once. The {@link WorkflowCommandExecutor} reads {@link #due} and
 * marks each command {@link #done}, {@link #retryLater} or {@link #park parked} (V14).
 */
public class JdbcWorkflowCommandOutbox implements WorkflowActions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<? extends WorkflowCommand>> TYPES =
            Arrays.stream(WorkflowCommand.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(WorkflowCommand.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public JdbcWorkflowCommandOutbox(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void perform(String batchKey, List<WorkflowCommand> commands) {
        Instant now = clock.instant();
        try {
            tx.executeWithoutResult(status -> {
                for (int position = 0; position < commands.size(); position++) {
                    WorkflowCommand command = commands.get(position);
                    jdbc.sql("""
                            INSERT INTO workflow_command (batch_key, position, person_id, command_type, payload,
                                                          created_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                            .params(batchKey, position, command.person().toString(),
                                    command.getClass().getSimpleName(), JSON.writeValueAsString(command), ts(now))
                            .update();
                }
            });
        } catch (DuplicateKeyException storedBefore) {
            // the batch was accepted before (a re-fired timer): nothing new to store
        }
    }

    /** Commands not yet carried out (parked ones too), oldest first. */
    public List<StoredCommand> pending(int limit) {
        return jdbc.sql("""
                SELECT batch_key, position, command_type, payload, created_at, attempts FROM workflow_command
                WHERE done_at IS NULL ORDER BY created_at, batch_key, position LIMIT ?""")
                .param(limit)
                .query(this::stored)
                .list();
    }

    /**
     * Commands to carry out now, oldest first: not done, not parked, due for (another) attempt, and the first
     * not-done command of their batch (a batch's commands are carried out in order; a dismissed one no longer holds
     * up the rest).
     */
    public List<StoredCommand> due(int limit) {
        return jdbc.sql("""
                SELECT c.batch_key, c.position, c.command_type, c.payload, c.created_at, c.attempts
                FROM workflow_command c
                WHERE c.done_at IS NULL AND c.parked_at IS NULL AND c.dismissed_at IS NULL
                  AND (c.next_attempt_at IS NULL OR c.next_attempt_at <= ?)
                  AND NOT EXISTS (SELECT 1 FROM workflow_command e WHERE e.batch_key = c.batch_key
                                  AND e.position < c.position AND e.done_at IS NULL AND e.dismissed_at IS NULL)
                ORDER BY c.created_at, c.batch_key, c.position LIMIT ?""")
                .params(ts(clock.instant()), limit)
                .query(this::stored)
                .list();
    }

    private StoredCommand stored(ResultSet rs, int row) throws SQLException {
        return new StoredCommand(rs.getString("batch_key"), rs.getInt("position"),
                JSON.readValue(rs.getString("payload"), TYPES.get(rs.getString("command_type"))),
                SqlTime.instant(rs, "created_at"), rs.getInt("attempts"));
    }

    /** A retriable failure: the command is tried again at {@code at}. */
    public void retryLater(String batchKey, int position, Instant at, int attempts, SyncFailure failure) {
        jdbc.sql("""
                UPDATE workflow_command SET attempts = ?, next_attempt_at = ?, failure_code = ?, failure_message = ?
                WHERE batch_key = ? AND position = ? AND done_at IS NULL""")
                .params(attempts, ts(at), code(failure), message(failure), batchKey, position)
                .update();
    }

    /** The CRM refused the command (or it ran out of attempts): kept, with the failure, for an admin. */
    public void park(String batchKey, int position, int attempts, SyncFailure failure) {
        jdbc.sql("""
                UPDATE workflow_command SET attempts = ?, parked_at = ?, failure_code = ?, failure_message = ?
                WHERE batch_key = ? AND position = ? AND done_at IS NULL""")
                .params(attempts, ts(clock.instant()), code(failure), message(failure), batchKey, position)
                .update();
    }

    /** Parked commands an admin has not dismissed, newest first. */
    public List<ParkedCommand> parked(int limit) {
        return jdbc.sql("""
                SELECT batch_key, position, person_id, command_type, attempts, failure_code, failure_message,
                       parked_at
                FROM workflow_command WHERE parked_at IS NOT NULL AND dismissed_at IS NULL AND done_at IS NULL
                ORDER BY parked_at DESC, batch_key, position LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new ParkedCommand(rs.getString("batch_key"), rs.getInt("position"),
                        rs.getString("person_id"), rs.getString("command_type"), rs.getInt("attempts"),
                        rs.getString("failure_code"), rs.getString("failure_message"),
                        SqlTime.instant(rs, "parked_at")))
                .list();
    }

    /** An admin asks for a parked command to be tried again now; false when it is not parked. */
    public boolean retryParked(String batchKey, int position) {
        return jdbc.sql("""
                UPDATE workflow_command SET parked_at = NULL, next_attempt_at = NULL, attempts = 0
                WHERE batch_key = ? AND position = ? AND parked_at IS NOT NULL AND dismissed_at IS NULL
                  AND done_at IS NULL""")
                .params(batchKey, position)
                .update() == 1;
    }

    /** An admin gives up on a parked command: kept for the record, no longer holding up its batch. */
    public boolean dismiss(String batchKey, int position) {
        return jdbc.sql("""
                UPDATE workflow_command SET dismissed_at = ?
                WHERE batch_key = ? AND position = ? AND parked_at IS NOT NULL AND dismissed_at IS NULL
                  AND done_at IS NULL""")
                .params(ts(clock.instant()), batchKey, position)
                .update() == 1;
    }

    private static String code(SyncFailure failure) {
        return failure.code().length() > 80 ? failure.code().substring(0, 80) : failure.code();
    }

    private static String message(SyncFailure failure) {
        return failure.message().length() > 2000 ? failure.message().substring(0, 2000) : failure.message();
    }

    /** Marks a command carried out; returns false when it was marked before. */
    public boolean done(String batchKey, int position) {
        return jdbc.sql("UPDATE workflow_command SET done_at = ? WHERE batch_key = ? AND position = ? "
                        + "AND done_at IS NULL")
                .params(ts(clock.instant()), batchKey, position)
                .update() == 1;
    }

    /** One stored command with where it came from and how often carrying it out failed. */
    public record StoredCommand(String batchKey, int position, WorkflowCommand command, Instant createdAt,
                                int attempts) {
    }

    /** A command the CRM refused, with the CRM's code and message (they name fields, not prospect data). */
    public record ParkedCommand(String batchKey, int position, String personId, String commandType, int attempts,
                                String failureCode, String failureMessage, Instant parkedAt) {
    }
}
