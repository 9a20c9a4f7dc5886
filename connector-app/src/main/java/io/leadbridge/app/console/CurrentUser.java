package io.leadbridge.app.console;

import io.leadbridge.app.security.Roles;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the logged-in user's name on every console page, for the shared navigation bar, and whether they are an
 * ADMIN, so pages show the buttons that change things only to those allowed to press them.
 */
@ControllerAdvice(basePackageClasses = CurrentUser.class)
class CurrentUser {

    private static final String ADMIN_AUTHORITY = "ROLE_" + Roles.ADMIN;

    @ModelAttribute("currentUser")
    String currentUser(Principal principal) {
        return principal == null ? "" : principal.getName();
    }

    @ModelAttribute("admin")
    boolean admin(Principal principal) {
        return principal instanceof Authentication authentication && authentication.getAuthorities().stream()
                .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
    }
}
