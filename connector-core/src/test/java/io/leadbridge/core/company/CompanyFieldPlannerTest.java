package io.leadbridge.core.company;

import static io.leadbridge.core.model.CrmSystem.HUBSPOT;
import static io.leadbridge.core.model.CrmSystem.SALESFORCE;
import static io.leadbridge.core.sync.FieldDecision.Action.SKIP;
import static io.leadbridge.core.sync.FieldDecision.Action.WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.InvalidConfigurationException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompanyFieldPlannerTest {

    private static final Instant T1 = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-03T10:00:00Z");
    private static final ExternalRef ACME_ACCOUNT = new ExternalRef(SALESFORCE, "Account", "001000000000001AAA");

    /** name two-way, domain from HubSpot, industry preferred from Salesforce, employees not synced. */
    private final CompanyFieldMappings mappings = CompanyFieldMappings.validate("sync.company-fields", List.of(
            mapping(CompanyField.NAME, "name", "Name", FieldOwnership.TWO_WAY_NEWEST_WINS),
            mapping(CompanyField.DOMAIN, "domain", "Website", FieldOwnership.ALWAYS_HUBSPOT),
            mapping(CompanyField.INDUSTRY, "industry", "Industry", FieldOwnership.PREFER_SALESFORCE_UNLESS_BLANK),
            mapping(CompanyField.EMPLOYEES, "numberofemployees", "NumberOfEmployees", FieldOwnership.DONT_SYNC),
            mapping(CompanyField.COUNTRY, "country", null, FieldOwnership.TWO_WAY_NEWEST_WINS)));
    private final CompanyFieldPlanner planner = new CompanyFieldPlanner(mappings, HUBSPOT);

    private final Company acmeInHubSpot = new Company("Acme Robotics", Optional.of("acme.example"),
            Optional.of("Machinery"), Optional.of(240), Optional.of("NO"));
    private final Company acmeInSalesforce = new Company("ACME Robotics AS", Optional.of("acme.example"),
            Optional.empty(), Optional.of(250), Optional.empty());

    @Test
    void aHubSpotCompanyChangeIsPlannedWithTheSameOwnershipRulesAsPeople() {
        CompanyPlan plan = planner.plan(HUBSPOT, acmeInHubSpot, T2,
                Optional.of(new CompanySnapshot(ACME_ACCOUNT, acmeInSalesforce, T1)));

        assertThat(plan.changes()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CompanyField.NAME, "Acme Robotics",
                CompanyField.DOMAIN, "acme.example",
                CompanyField.INDUSTRY, "Machinery"));
        assertThat(decision(plan, CompanyField.INDUSTRY).reason())
                .isEqualTo("prefer-salesforce-unless-blank: SALESFORCE is blank, so HUBSPOT fills it");
        assertThat(decision(plan, CompanyField.EMPLOYEES).reason()).isEqualTo("dont-sync: the field is not synced");
        assertThat(plan.decisions()).extracting(CompanyFieldDecision::field).doesNotContain(CompanyField.COUNTRY);
    }

    @Test
    void aSalesforceRenameOlderThanHubSpotsLastChangeLeavesHubSpotsName() {
        CompanyPlan plan = planner.plan(SALESFORCE, acmeInSalesforce, T1,
                Optional.of(new CompanySnapshot(new ExternalRef(HUBSPOT, "company", "8801"), acmeInHubSpot, T2)));

        assertThat(decision(plan, CompanyField.NAME).action()).isEqualTo(SKIP);
        assertThat(decision(plan, CompanyField.NAME).reason()).startsWith("two-way-newest-wins: HUBSPOT changed the "
                + "record at 2025-03-03T10:00:00Z");
        assertThat(decision(plan, CompanyField.DOMAIN).reason()).isEqualTo("always-hubspot: the change came from "
                + "SALESFORCE, which does not own the field");
        assertThat(plan.writesNothing()).isTrue();
    }

    @Test
    void aNewerSalesforceRenameIsWrittenToHubSpot() {
        CompanyPlan plan = planner.plan(SALESFORCE, acmeInSalesforce, T2,
                Optional.of(new CompanySnapshot(new ExternalRef(HUBSPOT, "company", "8801"), acmeInHubSpot, T1)));

        assertThat(decision(plan, CompanyField.NAME).action()).isEqualTo(WRITE);
        assertThat(plan.changes()).containsEntry(CompanyField.NAME, "ACME Robotics AS");
    }

    @Test
    void refusesASnapshotFromTheSameSide() {
        assertThatThrownBy(() -> planner.plan(SALESFORCE, acmeInSalesforce, T2,
                Optional.of(new CompanySnapshot(ACME_ACCOUNT, acmeInSalesforce, T1))))
                .hasMessageContaining("must be a HUBSPOT record");
    }

    @Test
    void theTableNeedsTheNameInBothCrmsAndReportsEveryProblem() {
        assertThatThrownBy(() -> CompanyFieldMappings.validate("sync.company-fields", List.of(
                mapping(CompanyField.NAME, "name", null, FieldOwnership.ALWAYS_SALESFORCE),
                mapping(CompanyField.DOMAIN, "domain", "Website", FieldOwnership.ALWAYS_HUBSPOT),
                mapping(CompanyField.INDUSTRY, "domain", "Industry", FieldOwnership.TWO_WAY_NEWEST_WINS))))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "sync.company-fields[0].ownership: always-salesforce but no SALESFORCE field is mapped",
                                "sync.company-fields[2].hubspot: domain is already mapped by entry 1",
                                "sync.company-fields: name must be mapped in both CRMs; a Salesforce Account cannot "
                                        + "exist without one"));
    }

    private static CompanyFieldMapping mapping(CompanyField field, String hubspot, String salesforce,
                                               FieldOwnership ownership) {
        return new CompanyFieldMapping(field, Optional.ofNullable(hubspot), Optional.ofNullable(salesforce), ownership);
    }

    private static CompanyFieldDecision decision(CompanyPlan plan, CompanyField field) {
        return plan.decisions().stream().filter(d -> d.field() == field).findFirst().orElseThrow();
    }
}
