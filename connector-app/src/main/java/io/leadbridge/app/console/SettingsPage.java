package io.leadbridge.app.console;

import io.leadbridge.app.admin.SettingsCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The settings check: connectivity and mapping validation against each CRM, run when the admin asks. */
@Controller
class SettingsPage {

    private final SettingsCheck check;

    SettingsPage(SettingsCheck check) {
        this.check = check;
    }

    @GetMapping("/settings")
    String settings() {
        return "settings";
    }

    @PostMapping("/settings/check")
    String run(Model model) {
        model.addAttribute("results", check.all());
        return "settings";
    }
}
