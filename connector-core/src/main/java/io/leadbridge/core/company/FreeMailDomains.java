package io.leadbridge.core.company;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Email domains anyone can sign up to (Gmail, Outlook ...). An address there says nothing about the person's
 * employer, so it never matches an account. Configurable; {@link #DEFAULT} covers the large providers.
 */
public final class FreeMailDomains {

    /** The large international and European consumer mail providers. */
    public static final FreeMailDomains DEFAULT = new FreeMailDomains(Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com",
            "hotmail.com", "hotmail.co.uk", "hotmail.fr", "outlook.com", "live.com", "msn.com", "aol.com",
            "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "gmx.net",
            "web.de", "t-online.de", "mail.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com",
            "126.com", "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "orange.fr", "free.fr", "laposte.net",
            "libero.it", "seznam.cz", "wp.pl", "o2.pl"));

    private final Set<String> domains;

    private FreeMailDomains(Set<String> domains) {
        this.domains = Set.copyOf(domains);
    }

    /**
     * A configured list.
     *
     * @param path where the list sits in the configuration, the prefix of each problem
     * @throws InvalidConfigurationException naming every entry that is not a domain
     */
    public static FreeMailDomains of(String path, List<String> domains) {
        List<String> problems = new ArrayList<>();
        Set<String> normalised = new TreeSet<>();
        for (int i = 0; i < domains.size(); i++) {
            String domain = domains.get(i) == null ? "" : domains.get(i).strip().toLowerCase(Locale.ROOT);
            if (CompanyDomains.isDomain(domain)) {
                normalised.add(domain);
            } else {
                problems.add(path + "[" + i + "]: '" + domains.get(i) + "' is not a domain like gmail.com");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new FreeMailDomains(normalised);
    }

    /** Whether {@code domain} (normalised) is a free-mail domain. */
    public boolean contains(String domain) {
        return domains.contains(domain);
    }

    public Set<String> all() {
        return new TreeSet<>(domains);
    }
}
