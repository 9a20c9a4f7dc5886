package io.leadbridge.app.security;

import io.leadbridge.app.config.ConnectorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call what. Three filter chains, most specific first:
 * <ol>
 *   <li>{@code /webhooks/**}: open, no session, no CSRF; each controller checks the vendor's signature.</li>
 *   <li>{@code /api/**}, {@code /v3/api-docs/**} and {@code /actuator/**}: HTTP Basic, stateless, no CSRF (no
 *   cookie is ever honoured, so a forged cross-site request carries no credentials); 401 without them.</li>
 *   <li>Everything else is the console: form login with a session and CSRF tokens on every form.</li>
 * </ol>
 * Reads need {@code VIEWER} or {@code ADMIN}; anything that changes state needs {@code ADMIN}. Every answer carries a
 * strict Content-Security-Policy (nothing from other origins), {@code X-Frame-Options: DENY}, {@code nosniff} and
 * {@code Referrer-Policy: same-origin}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager adminUsers(ConnectorProperties properties, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(AdminUsers.from(properties.admin(), encoder));
    }

    @Bean
    @Order(1)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::strictHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ConnectorProperties properties) throws Exception {
        boolean publicMetrics = properties.admin().publicMetrics();
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    if (publicMetrics) {
                        requests.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    requests.requestMatchers("/actuator/prometheus").hasAnyRole(Roles.ADMIN, Roles.VIEWER)
                            .requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
                            .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**")
                            .hasAnyRole(Roles.ADMIN, Roles.VIEWER)
                            .anyRequest().hasRole(Roles.ADMIN);
                })
                .httpBasic(basic -> basic.realmName("Leadbridge"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> false))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::strictHeaders)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain consoleChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/console.css", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(Roles.ADMIN, Roles.VIEWER)
                        .requestMatchers(HttpMethod.POST, "/settings/check").hasAnyRole(Roles.ADMIN, Roles.VIEWER)
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(Customizer.withDefaults())
                .headers(SecurityConfiguration::strictHeaders)
                .build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
