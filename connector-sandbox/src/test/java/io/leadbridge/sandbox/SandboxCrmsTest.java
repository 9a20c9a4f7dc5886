package io.leadbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.sandbox.hubspot.ObjectType;
import io.leadbridge.sandbox.sample.SampleData;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxCrmsTest {

    private SandboxCrms crms;

    @BeforeEach
    void start() {
        crms = SandboxCrms.start(SandboxArguments.parse("--hubspot-port=0", "--salesforce-port=0", "--seed-people=60"),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        crms.close();
    }

    @Test
    void marketingsPeopleCompaniesAndTouchesAreInHubSpotEachPersonAtTheirCompany() {
        SampleData sample = crms.sample();

        assertThat(crms.hubspot().count(ObjectType.CONTACTS)).isEqualTo(60);
        assertThat(crms.hubspot().count(ObjectType.COMPANIES)).isEqualTo(10);
        assertThat(crms.hubspot().owners()).hasSize(sample.team().size());
        long engagements = crms.hubspot().count(ObjectType.EMAILS) + crms.hubspot().count(ObjectType.CALLS)
                + crms.hubspot().count(ObjectType.NOTES) + crms.hubspot().count(ObjectType.MEETINGS);
        assertThat(engagements).isEqualTo(sample.touches().size());
        crms.hubspot().records(ObjectType.CONTACTS).forEach(contact ->
                assertThat(crms.hubspot().associatedIds(ObjectType.CONTACTS, contact.id(), ObjectType.COMPANIES))
                        .hasSize(1));
    }

    @Test
    void theSalesTeamAndTheBigCompaniesAreAlreadyInSalesforceButNoLeads() {
        SampleData sample = crms.sample();
        long bigCompanies = sample.companies().stream().filter(c -> c.employees() >= 650).count();

        assertThat(crms.salesforce().list("User")).extracting(user -> user.get("Email"))
                .containsAll(sample.team().stream().map(SampleData.TeamMember::email).toList());
        assertThat(crms.salesforce().count("Account")).isEqualTo((int) bigCompanies);
        assertThat(crms.salesforce().count("Lead")).isZero();
    }

    @Test
    void describesWhereEachEmulatorListensAndWhatItHolds() {
        assertThat(crms.describe())
                .contains(crms.hubspot().baseUrl(), crms.salesforce().baseUrl(), crms.salesforce().tokenUrl())
                .contains("Seeded: 60 people at 10 companies");
    }
}
