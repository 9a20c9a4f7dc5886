package io.leadbridge.app.console;

import io.leadbridge.app.admin.Mappings;
import io.leadbridge.app.config.ConnectorProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The rules the pipeline applies today: who owns each person field, and the funnel status mappings. */
@Controller
class MappingsPage {

    private final ConnectorProperties properties;

    MappingsPage(ConnectorProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/mappings")
    String mappings(Model model) {
        model.addAttribute("mappings", Mappings.of(properties));
        return "mappings";
    }
}
