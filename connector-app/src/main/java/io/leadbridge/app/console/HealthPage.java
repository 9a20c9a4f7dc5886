package io.leadbridge.app.console;

import io.leadbridge.app.admin.ApiBudgets;
import io.leadbridge.app.admin.SyncHealth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home: sync health per stream, queue depth and API budgets. */
@Controller
class HealthPage {

    private final SyncHealth health;
    private final ApiBudgets budgets;

    HealthPage(SyncHealth health, ApiBudgets budgets) {
        this.health = health;
        this.budgets = budgets;
    }

    @GetMapping("/")
    String health(Model model) {
        model.addAttribute("streams", health.streams());
        model.addAttribute("pendingWithoutStream", health.pendingWithoutStream());
        model.addAttribute("openErrors", health.openErrors());
        model.addAttribute("budgets", budgets.all());
        return "health";
    }
}
