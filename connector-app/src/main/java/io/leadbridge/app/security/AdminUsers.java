package io.leadbridge.app.security;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console and API users of {@code connector.admin.users}, checked: every user needs a name, a bcrypt hash and
 * known roles. With no user configured, one {@code admin} user gets a random password that is logged once, so a
 * fresh install (and the sandbox) can be opened without ever shipping a default password.
 */
final class AdminUsers {

    static final String KEY = "connector.admin.users";
    static final String GENERATED_USER = "admin";

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.VIEWER);
    private static final Logger log = LoggerFactory.getLogger(AdminUsers.class);

    private AdminUsers() {
    }

    /** @throws InvalidConfigurationException naming every unusable entry */
    static List<UserDetails> from(ConnectorProperties.Admin admin, PasswordEncoder encoder) {
        if (admin.users().isEmpty()) {
            return List.of(generatedAdmin(encoder));
        }
        List<String> problems = new ArrayList<>();
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < admin.users().size(); i++) {
            ConnectorProperties.AdminUser user = admin.users().get(i);
            String at = KEY + "[" + i + "]";
            int before = problems.size();
            if (user.username() == null || user.username().isBlank()) {
                problems.add(at + ".username must not be blank");
            } else if (!names.add(user.username().strip())) {
                problems.add(at + ".username '" + user.username().strip() + "' is listed twice");
            }
            if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash().strip()).matches()) {
                problems.add(at + ".password-hash must be a bcrypt hash ($2a$/$2b$/$2y$, 60 characters); "
                        + "see docs/admin-guide.md for the command that makes one");
            }
            List<String> roles = user.roles().stream().map(role -> role.strip().toUpperCase(Locale.ROOT)).toList();
            if (roles.isEmpty() || !ROLES.containsAll(roles)) {
                problems.add(at + ".roles must list ADMIN and/or VIEWER, was " + user.roles());
            }
            if (problems.size() == before) {
                users.add(User.withUsername(user.username().strip()).password("{bcrypt}" + user.passwordHash().strip())
                        .roles(roles.toArray(String[]::new)).build());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return users;
    }

    private static UserDetails generatedAdmin(PasswordEncoder encoder) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        log.warn("""

                ==================================================================================
                  No {} configured: the admin console and API accept user '{}' with
                  the generated password {}
                  It changes at every start. Configure users with bcrypt hashes for real use.
                ==================================================================================""",
                KEY, GENERATED_USER, password);
        return User.withUsername(GENERATED_USER).password(encoder.encode(password)).roles(Roles.ADMIN).build();
    }
}
