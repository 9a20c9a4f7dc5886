package io.leadbridge.app.workflow;

import static io.leadbridge.app.persistence.SqlTime.ts;

import io.leadbridge.app.persistence.SqlTime;
import io.leadbridge.core.workflow.WorkflowActions;
import io.leadbridge.core.workflow.WorkflowCommand;
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
 * then fired again after a crash) is stored once. The CRM executor reads {@link #pending} and marks each command
 * {@link #done} after the adapter has carried it out.
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

    /** Commands not yet carried out, oldest first. */
    public List<StoredCommand> pending(int limit) {
        return jdbc.sql("""
                SELECT batch_key, position, command_type, payload, created_at FROM workflow_command
                WHERE done_at IS NULL ORDER BY created_at, batch_key, position LIMIT ?""")
                .param(limit)
                .query((rs, row) -> new StoredCommand(rs.getString("batch_key"), rs.getInt("position"),
                        JSON.readValue(rs.getString("payload"), TYPES.get(rs.getString("command_type"))),
                        SqlTime.instant(rs, "created_at")))
                .list();
    }

    /** Marks a command carried out; returns false when it was marked before. */
    public boolean done(String batchKey, int position) {
        return jdbc.sql("UPDATE workflow_command SET done_at = ? WHERE batch_key = ? AND position = ? "
                        + "AND done_at IS NULL")
                .params(ts(clock.instant()), batchKey, position)
                .update() == 1;
    }

    /** One stored command with where it came from. */
    public record StoredCommand(String batchKey, int position, WorkflowCommand command, Instant createdAt) {
    }
}
