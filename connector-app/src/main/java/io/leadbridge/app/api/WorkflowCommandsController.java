package io.leadbridge.app.api;

import io.leadbridge.app.workflow.JdbcWorkflowCommandOutbox;
import io.leadbridge.app.workflow.JdbcWorkflowCommandOutbox.ParkedCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API of the workflow commands the CRMs refused: {@code GET /api/workflow/commands/parked} lists them with
 * the CRM's code and message; {@code POST .../retry?batch=...&position=...} has the executor try one again now;
 * {@code POST .../dismiss?batch=...&position=...} gives up on it (kept for the record; the rest of its batch
 * proceeds). Both answer 404 naming the command when it is not parked.
 */
@RestController
@RequestMapping("/api/workflow/commands")
public class WorkflowCommandsController {

    private static final int LIST_LIMIT = 200;

    private final JdbcWorkflowCommandOutbox outbox;

    public WorkflowCommandsController(JdbcWorkflowCommandOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/parked")
    public List<Map<String, Object>> parked() {
        return outbox.parked(LIST_LIMIT).stream().map(WorkflowCommandsController::json).toList();
    }

    @PostMapping("/{action:retry|dismiss}")
    public ResponseEntity<Map<String, Object>> act(@PathVariable("action") String action,
                                                   @RequestParam("batch") String batch,
                                                   @RequestParam("position") int position) {
        boolean changed = "retry".equals(action) ? outbox.retryParked(batch, position) : outbox.dismiss(batch, position);
        if (!changed) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no parked command at batch \""
                    + batch + "\" position " + position));
        }
        return ResponseEntity.ok(Map.of("batch", batch, "position", position, "action", action));
    }

    private static Map<String, Object> json(ParkedCommand command) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch", command.batchKey());
        body.put("position", command.position());
        body.put("person", command.personId());
        body.put("type", command.commandType());
        body.put("attempts", command.attempts());
        body.put("code", command.failureCode());
        body.put("message", command.failureMessage());
        body.put("parkedAt", command.parkedAt().toString());
        return body;
    }
}
