package io.leadbridge.core.routing;

import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.qualification.ProspectFacts;
import io.leadbridge.core.qualification.QualificationOutcome;
import io.leadbridge.core.rules.RuleIds;
import io.leadbridge.core.rules.RuleNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code routing} section of the rules file, and the owner it picks for one person: the partner queue for a
 * partner lead; else the owner of the account the person's email domain matches (when enabled); else the team of
 * the first territory or segment rule that holds (or the default team), by weighted round robin.
 */
public final class RoutingRules {

    private final ZoneId timeZone;
    private final boolean accountOwnerMatch;
    private final Optional<String> partnerQueue;
    private final List<RoutingRule> rules;
    private final Optional<String> defaultTeam;
    private final Map<String, List<TeamMember>> teams;

    private RoutingRules(ZoneId timeZone, boolean accountOwnerMatch, Optional<String> partnerQueue,
                         List<RoutingRule> rules, Optional<String> defaultTeam, Map<String, List<TeamMember>> teams) {
        this.timeZone = timeZone;
        this.accountOwnerMatch = accountOwnerMatch;
        this.partnerQueue = partnerQueue;
        this.rules = List.copyOf(rules);
        this.defaultTeam = defaultTeam;
        this.teams = Collections.unmodifiableMap(new LinkedHashMap<>(teams));
    }

    /** Reads the section; a missing section routes nobody except to an account's owner. */
    public static RoutingRules read(RuleNode section) {
        section.allowOnly("time-zone", "account-owner-match", "partner-queue", "rules", "default-team", "teams");
        ZoneId zone = zone(section.get("time-zone"));
        boolean accountOwnerMatch = section.get("account-owner-match").bool(true);
        Optional<String> partnerQueue = email(section.get("partner-queue"));
        Map<String, List<TeamMember>> teams = new LinkedHashMap<>();
        section.get("teams").entries().forEach((name, members) -> teams.put(name, members(members)));
        List<RoutingRule> rules = new ArrayList<>();
        for (RuleNode item : section.get("rules").items()) {
            RoutingRule rule = RoutingRule.read(item);
            knownTeam(item.get("team"), rule.team(), teams);
            rules.add(rule);
        }
        RuleIds.requireUnique(section.get("rules"), rules.stream().map(RoutingRule::id).toList());
        Optional<String> defaultTeam = section.get("default-team").text();
        defaultTeam.ifPresent(team -> knownTeam(section.get("default-team"), team, teams));
        return new RoutingRules(zone, accountOwnerMatch, partnerQueue, rules, defaultTeam, teams);
    }

    /**
     * @param accountOwner the owner (email) of the account the person's email domain matches, when one does
     */
    public RoutingDecision route(ProspectFacts facts, QualificationOutcome outcome, Optional<String> accountOwner,
                                 Instant now, RoundRobinLedger ledger) {
        if (outcome == QualificationOutcome.PARTNER_QUEUE && partnerQueue.isPresent()) {
            return new RoutingDecision(partnerQueue, "partner-queue", "a partner lead goes to the partner queue "
                    + partnerQueue.get());
        }
        if (accountOwnerMatch && accountOwner.isPresent()) {
            return new RoutingDecision(accountOwner, "account-owner", "the email domain "
                    + facts.emailDomain().orElse("") + " matches an account owned by " + accountOwner.get());
        }
        Optional<RoutingRule> rule = rules.stream().filter(r -> r.when().holdsFor(facts)).findFirst();
        if (rule.isEmpty() && defaultTeam.isEmpty()) {
            return new RoutingDecision(Optional.empty(), "default-team", "no routing rule holds and no default team"
                    + " is set, so the owner stays as it is");
        }
        String team = rule.map(RoutingRule::team).orElseGet(defaultTeam::orElseThrow);
        String ruleId = rule.map(r -> "routing:" + r.id()).orElse("default-team");
        String why = rule.map(r -> "rule " + r.id() + " holds (" + r.when().describe() + ")")
                .orElse("no routing rule holds, so the default team " + team + " takes it");
        LocalDate today = now.atZone(timeZone).toLocalDate();
        List<TeamMember> members = teams.get(team);
        RoundRobinChoice choice = ledger.assign(team, today, loads -> RoundRobin.choose(team, members, loads, today));
        return new RoutingDecision(choice.owner(), ruleId, why + "; " + choice.reason());
    }

    /**
     * Routes a person again, away from {@code fromOwner} (an owner who missed an SLA): weighted round robin in the
     * first team that lists {@code fromOwner} (else the default team), {@code fromOwner} left out and unavailable
     * members skipped as ever. The decision's owner is empty when nobody else can take the person.
     */
    public RoutingDecision reassign(String fromOwner, Instant now, RoundRobinLedger ledger) {
        String from = fromOwner.toLowerCase(Locale.ROOT);
        Optional<String> team = teams.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(member -> member.owner().equals(from)))
                .map(Map.Entry::getKey).findFirst().or(() -> defaultTeam);
        if (team.isEmpty()) {
            return new RoutingDecision(Optional.empty(), "reassign", fromOwner + " is in no routing team and no"
                    + " default team is set, so nobody takes the person over");
        }
        String name = team.get();
        List<TeamMember> others = teams.get(name).stream().filter(member -> !member.owner().equals(from)).toList();
        LocalDate today = now.atZone(timeZone).toLocalDate();
        RoundRobinChoice choice = ledger.assign(name, today, loads -> RoundRobin.choose(name, others, loads, today));
        return new RoutingDecision(choice.owner(), "reassign:" + name, "routed again without " + fromOwner + ": "
                + choice.reason());
    }

    public boolean hasTeam(String team) {
        return teams.containsKey(team);
    }

    /**
     * Picks the owner from one named team by the weighted round robin (the AE at a handoff), skipping members who
     * are out of office or at capacity; an unknown team or a team with nobody available gives no owner.
     */
    public RoutingDecision routeToTeam(String team, Instant now, RoundRobinLedger ledger) {
        List<TeamMember> members = teams.get(team);
        if (members == null) {
            return new RoutingDecision(Optional.empty(), "team:" + team, "no team '" + team + "' is defined");
        }
        LocalDate today = now.atZone(timeZone).toLocalDate();
        RoundRobinChoice choice = ledger.assign(team, today, loads -> RoundRobin.choose(team, members, loads, today));
        return new RoutingDecision(choice.owner(), "team:" + team, "team " + team + "; " + choice.reason());
    }

    private static List<TeamMember> members(RuleNode team) {
        List<TeamMember> members = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (RuleNode node : team.items()) {
            node.allowOnly("owner", "weight", "daily-capacity", "out-of-office");
            Optional<String> owner = email(node.get("owner"));
            if (node.get("owner").isMissing()) {
                node.get("owner").problem("is required");
            }
            int weight = node.get("weight").integer(1, 1, 100);
            RuleNode capacityNode = node.get("daily-capacity");
            OptionalInt capacity = capacityNode.isMissing() ? OptionalInt.empty()
                    : OptionalInt.of(capacityNode.integer(0, 0, 10_000));
            List<OutOfOffice> away = new ArrayList<>();
            for (RuleNode window : node.get("out-of-office").items()) {
                window.allowOnly("from", "to");
                Optional<LocalDate> from = window.get("from").date();
                Optional<LocalDate> to = window.get("to").date();
                if (from.isEmpty() || to.isEmpty()) {
                    window.problem("needs both from and to dates");
                } else if (to.get().isBefore(from.get())) {
                    window.get("to").problem("is before from");
                } else {
                    away.add(new OutOfOffice(from.get(), to.get()));
                }
            }
            owner.ifPresent(email -> {
                if (!owners.add(email)) {
                    node.get("owner").problem(email + " is listed twice in this team");
                }
                members.add(new TeamMember(email, weight, capacity, away));
            });
        }
        if (!team.isMissing() && members.isEmpty()) {
            team.problem("a team needs at least one member");
        }
        return members;
    }

    private static void knownTeam(RuleNode node, String team, Map<String, List<TeamMember>> teams) {
        if (!team.isEmpty() && !teams.containsKey(team)) {
            node.problem("no team '" + team + "' is defined under routing.teams (defined: "
                    + String.join(", ", teams.keySet()) + ")");
        }
    }

    private static Optional<String> email(RuleNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && (text.get().indexOf('@') < 1
                || CompanyDomains.fromEmail(text.get().toLowerCase(Locale.ROOT)).isEmpty())) {
            node.problem("must be an owner's email address, was \"" + text.get() + "\"");
            return Optional.empty();
        }
        return text.map(t -> t.toLowerCase(Locale.ROOT));
    }

    private static ZoneId zone(RuleNode node) {
        Optional<String> text = node.text();
        if (text.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(text.get());
        } catch (DateTimeException unknown) {
            node.problem("must be a time zone such as UTC or Europe/Berlin, was \"" + text.get() + "\"");
            return ZoneOffset.UTC;
        }
    }
}
