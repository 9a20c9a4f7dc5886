package io.leadbridge.sandbox.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.sandbox.sample.SampleData.Role;
import io.leadbridge.sandbox.sample.SampleData.SamplePerson;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void theSameSeedGivesTheSameData() {
        SampleData a = SampleData.generate(300, 42, NOW);
        SampleData b = SampleData.generate(300, 42, NOW);

        assertThat(a.people()).isEqualTo(b.people());
        assertThat(a.touches()).isEqualTo(b.touches());
        assertThat(SampleData.generate(300, 43, NOW).people()).isNotEqualTo(a.people());
    }

    @Test
    void aFewHundredPeopleSpreadOverCompaniesWithUniqueEmails() {
        SampleData data = SampleData.generate(300, 42, NOW);

        assertThat(data.people()).hasSize(300);
        assertThat(data.people()).extracting(SamplePerson::email).doesNotHaveDuplicates();
        assertThat(data.companies()).hasSize(50);
        assertThat(data.companies()).extracting(SampleData.SampleCompany::domain).doesNotHaveDuplicates();
        assertThat(data.people().stream().map(SamplePerson::company).distinct().count()).isGreaterThan(30);
    }

    @Test
    void coversEveryStageOfTheFunnelAndBothSidesOfTheTeam() {
        SampleData data = SampleData.generate(300, 42, NOW);

        assertThat(data.people()).extracting(SamplePerson::lifecycleStage)
                .contains("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead");
        assertThat(data.team()).extracting(SampleData.TeamMember::role).contains(Role.SDR, Role.AE, Role.MARKETING);
        assertThat(data.people()).filteredOn(p -> p.lifecycleStage().equals("salesqualifiedlead"))
                .allSatisfy(p -> assertThat(p.owner().role()).isEqualTo(Role.AE));
        assertThat(data.people()).filteredOn(p -> p.lifecycleStage().equals("subscriber"))
                .allSatisfy(p -> assertThat(p.owner()).isNull());
        assertThat(data.people()).filteredOn(p -> !p.email().endsWith(p.company().domain())).isNotEmpty();
    }

    @Test
    void touchesAreLoggedBySdrsOnTheirOwnPeopleInThePastTwoWeeks() {
        SampleData data = SampleData.generate(300, 42, NOW);

        assertThat(data.touches()).isNotEmpty().allSatisfy(touch -> {
            assertThat(touch.sdr().role()).isEqualTo(Role.SDR);
            assertThat(touch.person().owner()).isEqualTo(touch.sdr());
            assertThat(touch.occurredAt()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(15)));
        });
    }

    @Test
    void noPeopleMeansEmptyCrmsButAStillStaffedTeam() {
        SampleData data = SampleData.generate(0, 42, NOW);

        assertThat(data.people()).isEmpty();
        assertThat(data.touches()).isEmpty();
        assertThat(data.team()).hasSize(9);
    }
}
