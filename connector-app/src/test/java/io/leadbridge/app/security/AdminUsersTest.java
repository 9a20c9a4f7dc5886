package io.leadbridge.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.app.config.ConnectorProperties;
import io.leadbridge.app.config.ConnectorProperties.AdminUser;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class AdminUsersTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = "$2a$10$" + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";

    @Test
    void configuredUsersGetTheirBcryptHashAndRoles() {
        List<UserDetails> users = AdminUsers.from(admin(new AdminUser("ada", HASH, List.of("admin")),
                new AdminUser("vic", HASH, List.of("VIEWER"))), ENCODER);

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("ada", "vic");
        assertThat(users.get(0).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(users.get(1).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThat(users.get(0).getPassword()).isEqualTo("{bcrypt}" + HASH);
    }

    @Test
    void aHashMadeWithTheAdminGuidesHtpasswdCommandChecksItsPassword() {
        String htpasswdHash = "$2y$10$MtgEQaLNMFhRevxIvr5KmOQQo/m5CJ9yckPC3hmGroPkute0qarSO";

        UserDetails user = AdminUsers.from(admin(new AdminUser("ada", htpasswdHash, List.of("ADMIN"))), ENCODER).get(0);

        assertThat(ENCODER.matches("htpasswd made this 42", user.getPassword())).isTrue();
        assertThat(ENCODER.matches("htpasswd made this 43", user.getPassword())).isFalse();
    }

    @Test
    void everyUnusableEntryIsNamedByItsKey() {
        assertThatThrownBy(() -> AdminUsers.from(admin(new AdminUser("ada", "plain-password", List.of("ADMIN")),
                new AdminUser(" ", HASH, List.of("VIEWER")), new AdminUser("ada", HASH, List.of("OWNER"))), ENCODER))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(
                                "connector.admin.users[0].password-hash must be a bcrypt hash ($2a$/$2b$/$2y$, 60 "
                                        + "characters); see docs/admin-guide.md for the command that makes one",
                                "connector.admin.users[1].username must not be blank",
                                "connector.admin.users[2].username 'ada' is listed twice",
                                "connector.admin.users[2].roles must list ADMIN and/or VIEWER, was [OWNER]"));
    }

    @Test
    void withNoUserConfiguredOneAdminGetsARandomPasswordLoggedOnce(CapturedOutput output) {
        UserDetails first = AdminUsers.from(admin(), ENCODER).get(0);
        UserDetails second = AdminUsers.from(admin(), ENCODER).get(0);

        assertThat(first.getUsername()).isEqualTo("admin");
        assertThat(first.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        String logged = output.getOut().lines().filter(line -> line.contains("the generated password"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElseThrow();
        assertThat(ENCODER.matches(logged, first.getPassword())).isTrue();
        assertThat(ENCODER.matches(logged, second.getPassword())).as("a new password at every start").isFalse();
    }

    private static ConnectorProperties.Admin admin(AdminUser... users) {
        return new ConnectorProperties.Admin(List.of(users), false, Duration.ofSeconds(60));
    }
}
