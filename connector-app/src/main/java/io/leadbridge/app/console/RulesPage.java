package io.leadbridge.app.console;

import io.leadbridge.app.rules.ActiveRules;
import io.leadbridge.core.rules.InvalidRulesException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The active rules file (where it came from, when it was loaded, its text), its reload, which answers 422 with every
 * problem while the old rules stay active, and the dry run "what would happen to this lead".
 */
@Controller
class RulesPage {

    private static final Logger log = LoggerFactory.getLogger(RulesPage.class);

    private final ActiveRules rules;
    private final RecordActions records;

    RulesPage(ActiveRules rules, RecordActions records) {
        this.rules = rules;
        this.records = records;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        return page(model);
    }

    @PostMapping("/rules/reload")
    String reload(Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            List<String> restartNeeded = rules.reload();
            redirect.addFlashAttribute("done", "Rules reloaded from " + rules.current().source()
                    + (restartNeeded.isEmpty() ? "." : "; restart to apply the changed sections " + restartNeeded));
            return "redirect:/rules";
        } catch (InvalidRulesException invalid) {
            log.warn("Rules reload from the console refused: {} problems", invalid.problems().size());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problems", invalid.problems());
            return page(model);
        }
    }

    @PostMapping("/rules/dry-run")
    String dryRun(@RequestParam(required = false) String system, @RequestParam(required = false) String recordId,
                  Model model) {
        model.addAttribute("plan", records.plan(system, recordId));
        model.addAttribute("dryRunSystem", system);
        model.addAttribute("dryRunRecordId", recordId);
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("rules", rules.current());
        model.addAttribute("restartNeeded", rules.restartNeededFor());
        model.addAttribute("dryRunAvailable", records.available());
        return "rules";
    }
}
