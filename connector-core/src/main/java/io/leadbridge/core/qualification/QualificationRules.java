package io.leadbridge.core.qualification;

import io.leadbridge.core.company.CompanyDomains;
import io.leadbridge.core.company.FreeMailDomains;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.rules.RuleIds;
import io.leadbridge.core.rules.RuleNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code qualification} section of the rules file, and the decision it makes for one person: non-target rules
 * first (first match wins), then the score against the MQL threshold of the person's source, then the SQL
 * criteria (score and BANT answers). A pure function of the person's fields and engagement.
 */
public final class QualificationRules {

    private final Set<String> inboundSources;
    private final FreeMailDomains freeMail;
    private final Map<BantQuestion, Set<String>> bantYesAnswers;
    private final List<ScoringRule> scoring;
    private final List<NonTargetRule> nonTarget;
    private final int inboundMqlScore;
    private final int outboundMqlScore;
    private final boolean sqlCriteriaSet;
    private final int sqlScore;
    private final int sqlBantYes;
    private final Set<BantQuestion> sqlBantRequired;

    private QualificationRules(Set<String> inboundSources, FreeMailDomains freeMail,
                               Map<BantQuestion, Set<String>> bantYesAnswers, List<ScoringRule> scoring,
                               List<NonTargetRule> nonTarget, int inboundMqlScore, int outboundMqlScore,
                               boolean sqlCriteriaSet, int sqlScore, int sqlBantYes, Set<BantQuestion> sqlBantRequired) {
        this.inboundSources = Set.copyOf(inboundSources);
        this.freeMail = freeMail;
        this.bantYesAnswers = Map.copyOf(bantYesAnswers);
        this.scoring = List.copyOf(scoring);
        this.nonTarget = List.copyOf(nonTarget);
        this.inboundMqlScore = inboundMqlScore;
        this.outboundMqlScore = outboundMqlScore;
        this.sqlCriteriaSet = sqlCriteriaSet;
        this.sqlScore = sqlScore;
        this.sqlBantYes = sqlBantYes;
        this.sqlBantRequired = sqlBantRequired.isEmpty() ? Set.of() : EnumSet.copyOf(sqlBantRequired);
    }

    /**
     * Reads the section; a missing section gives rules under which nobody qualifies (no points, thresholds 1), and
     * without an {@code sql} block nobody becomes an SQL through qualification.
     */
    public static QualificationRules read(RuleNode section) {
        section.allowOnly("inbound-sources", "free-mail-domains", "bant", "scoring", "mql", "sql", "non-target");
        Set<String> inbound = section.get("inbound-sources").texts().stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        FreeMailDomains freeMail = freeMail(section.get("free-mail-domains"));
        RuleNode bant = section.get("bant").allowOnly(keys(BantQuestion.values()));
        Map<BantQuestion, Set<String>> yesAnswers = new EnumMap<>(BantQuestion.class);
        for (BantQuestion question : BantQuestion.values()) {
            yesAnswers.put(question, bant.get(question.key()).texts().stream()
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        }
        List<ScoringRule> scoring = section.get("scoring").items().stream().map(ScoringRule::read).toList();
        List<NonTargetRule> nonTarget = section.get("non-target").items().stream().map(NonTargetRule::read).toList();
        uniqueIds(section, scoring, nonTarget);
        RuleNode mql = section.get("mql").allowOnly("inbound-min-score", "outbound-min-score");
        int inboundMql = mql.get("inbound-min-score").integer(1, 1, 10_000);
        int outboundMql = mql.get("outbound-min-score").integer(inboundMql, 1, 10_000);
        RuleNode sql = section.get("sql").allowOnly("min-score", "bant-yes-at-least", "bant-required");
        int sqlScore = sql.get("min-score").integer(Math.max(inboundMql, outboundMql), 1, 10_000);
        int sqlBantYes = sql.get("bant-yes-at-least").integer(0, 0, BantQuestion.values().length);
        Set<BantQuestion> required = EnumSet.noneOf(BantQuestion.class);
        for (RuleNode item : sql.get("bant-required").items()) {
            required.add(item.oneOf(BantQuestion.class, BantQuestion.NEED));
        }
        return new QualificationRules(inbound, freeMail, yesAnswers, scoring, nonTarget, inboundMql, outboundMql,
                !sql.isMissing(), sqlScore, sqlBantYes, required);
    }

    /** The facts the rules look at: source, email and phone kind, company size. */
    public ProspectFacts factsOf(Person person, Engagement engagement) {
        return ProspectFacts.of(person, engagement, inboundSources, freeMail);
    }

    public QualificationDecision decide(Person person, Engagement engagement) {
        ProspectFacts facts = factsOf(person, engagement);
        List<ScoreLine> lines = new ArrayList<>();
        for (ScoringRule rule : scoring) {
            if (rule.when().holdsFor(facts)) {
                lines.add(new ScoreLine(rule.id(), rule.points(), rule.when().describe()));
            }
        }
        int score = lines.stream().mapToInt(ScoreLine::points).sum();
        Set<BantQuestion> bantYes = bantYes(person);
        for (NonTargetRule rule : nonTarget) {
            if (rule.when().holdsFor(facts)) {
                return new QualificationDecision(rule.action(), "non-target:" + rule.id(), rule.reason() + " ("
                        + rule.when().describe() + ")", score, lines, bantYes, facts.source());
            }
        }
        String source = facts.source().name().toLowerCase(Locale.ROOT);
        int mqlScore = facts.source() == LeadSource.INBOUND ? inboundMqlScore : outboundMqlScore;
        String scored = "score " + score + (lines.isEmpty() ? " (no scoring rule holds)"
                : " (" + lines.stream().map(ScoreLine::toString).collect(Collectors.joining(", ")) + ")");
        if (score < mqlScore) {
            return new QualificationDecision(QualificationOutcome.NOT_YET_QUALIFIED, "mql", "not qualified yet: "
                    + scored + " is below the " + source + " MQL threshold of " + mqlScore, score, lines, bantYes,
                    facts.source());
        }
        String mql = scored + " reaches the " + source + " MQL threshold of " + mqlScore;
        Optional<String> notSql = notSql(score, bantYes);
        if (notSql.isEmpty()) {
            return new QualificationDecision(QualificationOutcome.SQL, "sql", "SQL: " + mql + ", and "
                    + bantSummary(bantYes) + " meet the SQL criteria", score, lines, bantYes, facts.source());
        }
        return new QualificationDecision(QualificationOutcome.MQL, "mql", "MQL: " + mql + "; not SQL yet because "
                + notSql.get(), score, lines, bantYes, facts.source());
    }

    private Optional<String> notSql(int score, Set<BantQuestion> bantYes) {
        if (!sqlCriteriaSet) {
            return Optional.of("the rules set no SQL criteria");
        }
        List<String> missing = new ArrayList<>();
        if (score < sqlScore) {
            missing.add("the score is below " + sqlScore);
        }
        if (bantYes.size() < sqlBantYes) {
            missing.add(bantSummary(bantYes) + " (" + sqlBantYes + " needed)");
        }
        Set<BantQuestion> absent = EnumSet.noneOf(BantQuestion.class);
        absent.addAll(sqlBantRequired);
        absent.removeAll(bantYes);
        if (!absent.isEmpty()) {
            missing.add(absent.stream().map(BantQuestion::key).collect(Collectors.joining(" and "))
                    + " must be answered yes");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    private Set<BantQuestion> bantYes(Person person) {
        Set<BantQuestion> yes = EnumSet.noneOf(BantQuestion.class);
        for (BantQuestion question : BantQuestion.values()) {
            Set<String> accepted = bantYesAnswers.get(question);
            person.get(question.field()).map(a -> a.toLowerCase(Locale.ROOT))
                    .filter(a -> accepted.isEmpty() || accepted.contains(a))
                    .ifPresent(a -> yes.add(question));
        }
        return yes;
    }

    private static String bantSummary(Set<BantQuestion> yes) {
        return yes.size() + " qualifying BANT " + (yes.size() == 1 ? "answer" : "answers") + (yes.isEmpty() ? ""
                : " (" + yes.stream().map(BantQuestion::key).collect(Collectors.joining(", ")) + ")");
    }

    private static FreeMailDomains freeMail(RuleNode node) {
        Set<String> domains = new TreeSet<>(FreeMailDomains.DEFAULT.all());
        List<RuleNode> items = node.isMissing() ? List.of() : node.items();
        for (RuleNode item : items) {
            item.text().map(d -> d.toLowerCase(Locale.ROOT)).ifPresent(domain -> {
                if (CompanyDomains.isDomain(domain)) {
                    domains.add(domain);
                } else {
                    item.problem("'" + domain + "' is not a domain like gmail.com");
                }
            });
        }
        return FreeMailDomains.of("qualification.free-mail-domains", List.copyOf(domains));
    }

    private static void uniqueIds(RuleNode section, List<ScoringRule> scoring, List<NonTargetRule> nonTarget) {
        RuleIds.requireUnique(section.get("scoring"), scoring.stream().map(ScoringRule::id).toList());
        RuleIds.requireUnique(section.get("non-target"), nonTarget.stream().map(NonTargetRule::id).toList());
    }

    static String[] keys(BantQuestion[] questions) {
        return Arrays.stream(questions).map(BantQuestion::key).toArray(String[]::new);
    }
}
