package io.leadbridge.core.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.model.FunnelStage;
import io.leadbridge.core.model.Person;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.rules.RuleNode;
import io.leadbridge.core.rules.RuleReading;
import io.leadbridge.core.rules.RulesYaml;
import org.junit.jupiter.api.Test;

class QualificationScenariosTest {

    private static final QualificationRules RULES = rules("""
            inbound-sources: [Web, Webinar]
            bant:
              budget: [approved]
              authority: [decision maker]
              need: ["yes"]
              timeline: [this quarter]
            scoring:
              - { id: senior-title, when: { title-contains: [VP, Chief, Director] }, points: 25 }
              - { id: target-size, when: { employees-at-least: 200, employees-below: 5000 }, points: 20 }
              - { id: saas, when: { industry: [SaaS] }, points: 15 }
              - { id: corporate-email, when: { email: corporate }, points: 10 }
              - { id: free-mail, when: { email: free-mail }, points: -15 }
              - { id: company-phone, when: { phone: company }, points: 5 }
              - { id: engaged, when: { touches-at-least: 3, replies-at-least: 1 }, points: 15 }
            mql: { inbound-min-score: 40, outbound-min-score: 60 }
            sql: { min-score: 60, bant-yes-at-least: 3, bant-required: [need] }
            non-target:
              - { id: student, when: { title-contains: [student] }, action: disqualify, reason: Students are not buyers }
              - { id: too-small, when: { employees-below: 10 }, action: nurture, reason: Too small for sales today }
              - { id: reseller, when: { email-domain: [reseller.example] }, action: partner-queue, reason: The reseller serves them }
            """);

    @Test
    void aVpAtA500PersonSaasCompanyWithACorporateEmailIsAnMqlBecauseItsScoreReachesTheInboundThreshold() {
        Person vp = person("kim@acme.example", "VP Marketing", "500", "SaaS", "Web");

        QualificationDecision decision = RULES.decide(vp, Engagement.NONE);

        assertThat(decision.outcome()).isEqualTo(QualificationOutcome.MQL);
        assertThat(decision.outcome().stage()).contains(FunnelStage.MQL);
        assertThat(decision.score()).isEqualTo(25 + 20 + 15 + 10);
        assertThat(decision.source()).isEqualTo(LeadSource.INBOUND);
        assertThat(decision.ruleId()).isEqualTo("mql");
        assertThat(decision.reason()).startsWith("MQL: score 70")
                .contains("+25 senior-title (the title contains vp or chief or director)")
                .contains("reaches the inbound MQL threshold of 40")
                .contains("not SQL yet because 0 qualifying BANT answers (3 needed); need must be answered yes");
    }

    @Test
    void theSameVpProspectedOutboundWithAGmailAddressStaysUnqualifiedBecauseTheOutboundBarIsHigher() {
        Person vp = person("kim.vp@gmail.com", "VP Marketing", "500", "SaaS", "Cold Call");

        QualificationDecision decision = RULES.decide(vp, Engagement.NONE);

        assertThat(decision.outcome()).isEqualTo(QualificationOutcome.NOT_YET_QUALIFIED);
        assertThat(decision.outcome().stage()).isEmpty();
        assertThat(decision.source()).isEqualTo(LeadSource.OUTBOUND);
        assertThat(decision.score()).isEqualTo(25 + 20 + 15 - 15);
        assertThat(decision.reason()).contains("-15 free-mail (the email is a free-mail address)")
                .contains("is below the outbound MQL threshold of 60");
    }

    @Test
    void anEngagedDirectorWhoAnsweredBudgetAuthorityAndNeedIsAnSql() {
        Person director = Person.builder().with(PersonField.EMAIL, "lee@bigco.example")
                .with(PersonField.TITLE, "Director of Sales Ops").with(PersonField.EMPLOYEES, "1,200")
                .with(PersonField.PHONE, "+49 30 1234").with(PersonField.BUDGET, "Approved")
                .with(PersonField.AUTHORITY, "decision maker").with(PersonField.NEED, "yes").build();

        QualificationDecision decision = RULES.decide(director, new Engagement(4, 1));

        assertThat(decision.outcome()).isEqualTo(QualificationOutcome.SQL);
        assertThat(decision.ruleId()).isEqualTo("sql");
        assertThat(decision.score()).isEqualTo(25 + 20 + 10 + 5 + 15);
        assertThat(decision.bantYes()).containsExactlyInAnyOrder(BantQuestion.BUDGET, BantQuestion.AUTHORITY,
                BantQuestion.NEED);
        assertThat(decision.reason()).contains("3 qualifying BANT answers (budget, authority, need) meet the SQL criteria");
    }

    @Test
    void aHighScorerWithoutTheRequiredNeedAnswerStaysAnMql() {
        Person director = Person.builder().with(PersonField.EMAIL, "lee@bigco.example")
                .with(PersonField.TITLE, "Chief Revenue Officer").with(PersonField.EMPLOYEES, "800")
                .with(PersonField.INDUSTRY, "SaaS").with(PersonField.BUDGET, "approved")
                .with(PersonField.AUTHORITY, "decision maker").with(PersonField.TIMELINE, "this quarter")
                .with(PersonField.NEED, "maybe").build();

        QualificationDecision decision = RULES.decide(director, Engagement.NONE);

        assertThat(decision.outcome()).isEqualTo(QualificationOutcome.MQL);
        assertThat(decision.reason()).contains("need must be answered yes");
    }

    @Test
    void aStudentIsDisqualifiedWithTheRuleReasonWhateverTheScore() {
        Person student = person("alex@acme.example", "Working Student, VP office", "500", "SaaS", "Web");

        QualificationDecision decision = RULES.decide(student, Engagement.NONE);

        assertThat(decision.outcome()).isEqualTo(QualificationOutcome.DISQUALIFIED);
        assertThat(decision.outcome().stage()).contains(FunnelStage.DISQUALIFIED);
        assertThat(decision.ruleId()).isEqualTo("non-target:student");
        assertThat(decision.reason()).isEqualTo("Students are not buyers (the title contains student)");
    }

    @Test
    void aFivePersonShopGoesToNurtureAndAResellersCustomerToThePartnerQueue() {
        QualificationDecision tiny = RULES.decide(person("o@tiny.example", "CEO", "5", "SaaS", "Web"), Engagement.NONE);
        QualificationDecision resold = RULES.decide(person("p@reseller.example", "VP IT", "300", "SaaS", "Web"),
                Engagement.NONE);

        assertThat(tiny.outcome()).isEqualTo(QualificationOutcome.NURTURE);
        assertThat(tiny.reason()).isEqualTo("Too small for sales today (the company has fewer than 10 employees)");
        assertThat(resold.outcome()).isEqualTo(QualificationOutcome.PARTNER_QUEUE);
        assertThat(resold.outcome().stage()).isEmpty();
        assertThat(resold.ruleId()).isEqualTo("non-target:reseller");
    }

    @Test
    void aPersonalMobileNumberScoresNothingWhereACompanyLineDoes() {
        Person withMobile = Person.builder().with(PersonField.EMAIL, "a@acme.example")
                .with(PersonField.MOBILE_PHONE, "+49 170 1").build();
        Person withLine = Person.builder().with(PersonField.EMAIL, "a@acme.example")
                .with(PersonField.PHONE, "+49 30 1").build();

        assertThat(RULES.factsOf(withMobile, Engagement.NONE).phone()).isEqualTo(PhoneKind.PERSONAL);
        assertThat(RULES.decide(withLine, Engagement.NONE).score() - RULES.decide(withMobile, Engagement.NONE).score())
                .isEqualTo(5);
    }

    private static Person person(String email, String title, String employees, String industry, String source) {
        return Person.builder().with(PersonField.EMAIL, email).with(PersonField.TITLE, title)
                .with(PersonField.EMPLOYEES, employees).with(PersonField.INDUSTRY, industry)
                .with(PersonField.LEAD_SOURCE, source).build();
    }

    private static QualificationRules rules(String yaml) {
        RuleReading reading = new RuleReading("test");
        QualificationRules rules = QualificationRules.read(RuleNode.root(RulesYaml.parse(yaml, "test"), reading));
        reading.failOnProblems();
        return rules;
    }
}
