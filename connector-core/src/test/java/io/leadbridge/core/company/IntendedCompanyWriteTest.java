package io.leadbridge.core.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntendedCompanyWriteTest {

    private static final ExternalRef COMPANY = new ExternalRef(CrmSystem.HUBSPOT, "company", "7");
    private static final ExternalRef ACCOUNT = new ExternalRef(CrmSystem.SALESFORCE, "Account", "001A");
    private static final ExternalRef OTHER_COMPANY = new ExternalRef(CrmSystem.HUBSPOT, "company", "8");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00Z");

    @Test
    void aCreateAimsAtTheRecordOfTheOtherCrmWithItsDomainAsMatchingComparesIt() {
        List<IntendedCompanyWrite> create = IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme", CompanyField.DOMAIN, "https://www.Acme.example/about")), T0);

        assertThat(create).hasSize(2).allSatisfy(write -> {
            assertThat(write.towards(ACCOUNT, Optional.of("acme.example"))).isTrue();
            assertThat(write.towards(ACCOUNT, Optional.of("cedarworks.example"))).isFalse();
            assertThat(write.towards(ACCOUNT, Optional.empty())).isFalse();
            assertThat(write.towards(OTHER_COMPANY, Optional.of("acme.example"))).as("not the source's CRM")
                    .isFalse();
            assertThat(write.domain()).contains(ValueFingerprint.of("acme.example"));
        });
    }

    @Test
    void anUpdateAimsAtItsTargetOnlyWhateverDomainItCarries() {
        ExternalRef otherAccount = new ExternalRef(CrmSystem.SALESFORCE, "Account", "001B");
        List<IntendedCompanyWrite> update = IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.of(ACCOUNT),
                Map.of(CompanyField.DOMAIN, "acme.example")), T0);

        assertThat(update).singleElement().satisfies(write -> {
            assertThat(write.towards(ACCOUNT, Optional.empty())).isTrue();
            assertThat(write.towards(otherAccount, Optional.of("acme.example"))).isFalse();
        });
    }

    @Test
    void aCreateWithoutADomainGivesNoIntentAndAnIntentMustBeFoundBySomething() {
        assertThat(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme", CompanyField.DOMAIN, "not a domain")), T0)).isEmpty();
        assertThatThrownBy(() -> new IntendedCompanyWrite(COMPANY, Optional.empty(), Optional.empty(),
                CompanyField.NAME, ValueFingerprint.of("Acme"), T0))
                .hasMessage("a create of " + COMPANY + "'s company must carry the domain it is found by");
        assertThatThrownBy(() -> new IntendedCompanyWrite(COMPANY, Optional.of(OTHER_COMPANY), Optional.empty(),
                CompanyField.NAME, ValueFingerprint.of("Acme"), T0))
                .hasMessageContaining("is written to SALESFORCE");
    }
}
