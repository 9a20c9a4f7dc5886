package io.leadbridge.app.api;

import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.rules.InvalidRulesException;
import io.leadbridge.core.rules.RuleProblem;
import io.leadbridge.core.rules.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API of the rules file: {@code GET /api/rules} shows the active rules, where they came from and when
 * they were loaded; {@code POST /api/rules/reload} validates the file first and answers 200 with the new rules, or
 * 422 listing every problem while the old rules stay active.
 */
@RestController
@RequestMapping("/api/rules")
public class RulesController {

    private final ActiveRules rules;

    public RulesController(ActiveRules rules) {
        this.rules = rules;
    }

    @GetMapping
    public Map<String, Object> active() {
        return describe(rules.current(), rules.restartNeededFor());
    }

    @PostMapping("/reload")
    public ResponseEntity<Map<String, Object>> reload() {
        try {
            List<String> restartNeeded = rules.reload();
            return ResponseEntity.ok(describe(rules.current(), restartNeeded));
        } catch (InvalidRulesException invalid) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "The rules file is invalid; the active rules are unchanged");
            body.put("problems", invalid.problems().stream().map(RulesController::problem).toList());
            body.put("activeSource", rules.current().source());
            body.put("activeLoadedAt", rules.current().loadedAt().toString());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
        }
    }

    private static Map<String, Object> describe(Rules active, List<String> restartNeeded) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", active.source());
        body.put("loadedAt", active.loadedAt().toString());
        body.put("restartNeededFor", restartNeeded);
        body.put("rules", active.text());
        return body;
    }

    private static Map<String, String> problem(RuleProblem problem) {
        return Map.of("path", problem.path(), "message", problem.message());
    }
}
