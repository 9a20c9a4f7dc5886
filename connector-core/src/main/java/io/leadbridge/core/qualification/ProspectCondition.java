package io.leadbridge.core.qualification;

import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.rules.RuleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A {@code when:} block of the rules file: every criterion it names must hold (an empty block always holds).
 * Shared by scoring, non-target and routing rules, so each reads the same way.
 */
public final class ProspectCondition {

    /** The keys a {@code when:} block may hold. */
    static final String[] KEYS = {"employees-at-least", "employees-below", "industry", "country", "title-contains",
            "email", "email-domain", "phone", "touches-at-least", "replies-at-least", "source"};

    private static final int MAX_COUNT = 10_000_000;

    private final List<Criterion> criteria;

    private ProspectCondition(List<Criterion> criteria) {
        this.criteria = List.copyOf(criteria);
    }

    private record Criterion(String description, Predicate<ProspectFacts> test) {
    }

    /** Reads a {@code when:} block; a missing block always holds. */
    public static ProspectCondition read(RuleNode when) {
        when.allowOnly(KEYS);
        List<Criterion> criteria = new ArrayList<>();
        RuleNode atLeast = when.get("employees-at-least");
        if (!atLeast.isMissing()) {
            int min = atLeast.integer(0, 0, MAX_COUNT);
            criteria.add(new Criterion("the company has at least " + min + " employees",
                    f -> f.employees().isPresent() && f.employees().getAsInt() >= min));
        }
        RuleNode below = when.get("employees-below");
        if (!below.isMissing()) {
            int max = below.integer(0, 1, MAX_COUNT);
            criteria.add(new Criterion("the company has fewer than " + max + " employees",
                    f -> f.employees().isPresent() && f.employees().getAsInt() < max));
        }
        oneOfValues(when.get("industry"), PersonField.INDUSTRY, "the industry is", criteria);
        oneOfValues(when.get("country"), PersonField.COUNTRY, "the country is", criteria);
        List<String> titleWords = lower(when.get("title-contains").texts());
        if (!titleWords.isEmpty()) {
            criteria.add(new Criterion("the title contains " + String.join(" or ", titleWords),
                    f -> f.field(PersonField.TITLE).map(t -> t.toLowerCase(Locale.ROOT))
                            .filter(t -> titleWords.stream().anyMatch(t::contains)).isPresent()));
        }
        RuleNode email = when.get("email");
        if (!email.isMissing()) {
            EmailKind kind = email.oneOf(EmailKind.class, EmailKind.CORPORATE);
            criteria.add(kind == EmailKind.CORPORATE
                    ? new Criterion("the email is a corporate address", ProspectFacts::corporateEmail)
                    : new Criterion("the email is a free-mail address",
                            f -> f.emailDomain().isPresent() && !f.corporateEmail()));
        }
        List<String> domains = lower(when.get("email-domain").texts());
        if (!domains.isEmpty()) {
            criteria.add(new Criterion("the email domain is " + String.join(" or ", domains),
                    f -> f.emailDomain().filter(domains::contains).isPresent()));
        }
        RuleNode phone = when.get("phone");
        if (!phone.isMissing()) {
            PhoneKind kind = phone.oneOf(PhoneKind.class, PhoneKind.COMPANY);
            criteria.add(new Criterion(switch (kind) {
                case COMPANY -> "a company phone is given";
                case PERSONAL -> "only a personal phone is given";
                case NONE -> "no phone is given";
            }, f -> f.phone() == kind));
        }
        RuleNode touches = when.get("touches-at-least");
        if (!touches.isMissing()) {
            int min = touches.integer(0, 0, MAX_COUNT);
            criteria.add(new Criterion("at least " + min + " touches were logged",
                    f -> f.engagement().touches() >= min));
        }
        RuleNode replies = when.get("replies-at-least");
        if (!replies.isMissing()) {
            int min = replies.integer(0, 0, MAX_COUNT);
            criteria.add(new Criterion("the person replied at least " + min + (min == 1 ? " time" : " times"),
                    f -> f.engagement().replies() >= min));
        }
        RuleNode source = when.get("source");
        if (!source.isMissing()) {
            LeadSource wanted = source.oneOf(LeadSource.class, LeadSource.INBOUND);
            criteria.add(new Criterion("the lead came " + wanted.name().toLowerCase(Locale.ROOT),
                    f -> f.source() == wanted));
        }
        return new ProspectCondition(criteria);
    }

    public boolean holdsFor(ProspectFacts facts) {
        return criteria.stream().allMatch(c -> c.test().test(facts));
    }

    /** The criteria in plain language, e.g. {@code the title contains vp and the email is a corporate address}. */
    public String describe() {
        return criteria.isEmpty() ? "always" : criteria.stream().map(Criterion::description)
                .collect(Collectors.joining(" and "));
    }

    private enum EmailKind { CORPORATE, FREE_MAIL }

    private static void oneOfValues(RuleNode node, PersonField field, String description, List<Criterion> criteria) {
        List<String> values = lower(node.texts());
        if (!values.isEmpty()) {
            criteria.add(new Criterion(description + " " + String.join(" or ", node.texts()),
                    f -> f.field(field).map(v -> v.toLowerCase(Locale.ROOT)).filter(values::contains).isPresent()));
        }
    }

    private static List<String> lower(List<String> texts) {
        return texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
