package io.leadbridge.core.qualification;

import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the qualification and routing rules look at, derived once from a person's fields and engagement.
 *
 * @param emailDomain the domain of the person's email, lower case; empty when there is no valid email
 * @param employees   the company's head count, when the employees field holds a whole number
 */
public record ProspectFacts(Person person, Engagement engagement, LeadSource source, Optional<String> emailDomain,
                            boolean corporateEmail, PhoneKind phone, OptionalInt employees) {

    public ProspectFacts {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(emailDomain, "emailDomain");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(employees, "employees");
    }

    /**
     * @param inboundSources lead-source values (any case) that mean the person came inbound; every other value,
     *                       or none, is outbound
     */
    public static ProspectFacts of(Person person, Engagement engagement, Set<String> inboundSources,
                                   FreeMailDomains freeMail) {
        LeadSource source = person.get(PersonField.LEAD_SOURCE).map(s -> s.toLowerCase(Locale.ROOT))
                .filter(inboundSources::contains).isPresent() ? LeadSource.INBOUND : LeadSource.OUTBOUND;
        Optional<String> domain = person.email().flatMap(CompanyDomains::fromEmail);
        boolean corporate = domain.filter(d -> !freeMail.contains(d)).isPresent();
        PhoneKind phone = person.get(PersonField.PHONE).isPresent() ? PhoneKind.COMPANY
                : person.get(PersonField.MOBILE_PHONE).isPresent() ? PhoneKind.PERSONAL : PhoneKind.NONE;
        return new ProspectFacts(person, engagement, source, domain, corporate, phone, employees(person));
    }

    public Optional<String> field(PersonField field) {
        return person.get(field);
    }

    private static OptionalInt employees(Person person) {
        Optional<String> text = person.get(PersonField.EMPLOYEES).map(s -> s.replace(",", "").replace("_", "").strip());
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.get()));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }
}
