package io.leadbridge.app.console;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user's name on every console page, for the shared navigation bar. */
@ControllerAdvice(basePackageClasses = CurrentUser.class)
class CurrentUser {

    @ModelAttribute("currentUser")
    String currentUser(Principal principal) {
        return principal == null ? "" : principal.getName();
    }
}
