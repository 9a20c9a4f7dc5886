package io.leadbridge.core.company;

import io.leadbridge.core.model.EmailAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Domains as matching compares them: lower case, no scheme, path, port or leading {@code www.}. */
public final class CompanyDomains {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+");

    private CompanyDomains() {
    }

    /** Whether {@code text} is a domain such as {@code acme.example}, already normalised. */
    public static boolean isDomain(String text) {
        return text != null && DOMAIN.matcher(text).matches();
    }

    /** The domain of an email address, e.g. {@code kim@Sales.Acme.example} → {@code sales.acme.example}. */
    public static Optional<String> fromEmail(String email) {
        return Optional.ofNullable(email).map(EmailAddress::domain).filter(CompanyDomains::isDomain);
    }

    /**
     * The domain of a website as CRMs hold it ({@code https://www.Acme.example/about}, {@code acme.example}),
     * without a leading {@code www.}; empty when there is none.
     */
    public static Optional<String> fromWebsite(String website) {
        if (website == null) {
            return Optional.empty();
        }
        String host = website.strip().toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        host = cutAt(cutAt(cutAt(cutAt(host, '/'), '?'), '#'), ':');
        int userInfo = host.lastIndexOf('@');
        if (userInfo >= 0) {
            host = host.substring(userInfo + 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return Optional.of(host).filter(CompanyDomains::isDomain);
    }

    private static String cutAt(String text, char c) {
        int at = text.indexOf(c);
        return at < 0 ? text : text.substring(0, at);
    }
}
