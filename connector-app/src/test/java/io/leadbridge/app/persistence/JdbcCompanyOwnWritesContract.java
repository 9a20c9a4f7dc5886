package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadbridge.app.support.MigratedDatabase;
import io.leadbridge.app.support.TestDatabase;
import io.leadbridge.core.company.CompanyField;
import io.leadbridge.core.company.CompanyWrite;
import io.leadbridge.core.company.IntendedCompanyWrite;
import io.leadbridge.core.echo.OwnWrite;
import io.leadbridge.core.echo.ValueFingerprint;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company echo memory ({@code own_write}, and {@code company_write_intent} of V25) honours the core's
 * CompanyOwnWrites contract, writes in flight included (ADR 0032).
 */
abstract class JdbcCompanyOwnWritesContract {

    private static final ExternalRef COMPANY = new ExternalRef(CrmSystem.HUBSPOT, "company", "9021");
    private static final ExternalRef ACCOUNT = new ExternalRef(CrmSystem.SALESFORCE, "Account", "0015g00000XyZ1AAA");
    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00.125Z");

    private MigratedDatabase db;
    private JdbcCompanyOwnWrites ownWrites;

    abstract TestDatabase createDatabase();

    @BeforeEach
    void migrate() {
        db = new MigratedDatabase(createDatabase());
        ownWrites = new JdbcCompanyOwnWrites(db.jdbc(), db.tx());
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void intendedWritesAreFoundByTheirTargetOrForACreateByTheFingerprintOfTheDomainTheyCarry() {
        ExternalRef otherCompany = new ExternalRef(CrmSystem.HUBSPOT, "company", "9022");
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme", CompanyField.DOMAIN, "Acme.example")), T0));
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(otherCompany, Optional.of(ACCOUNT),
                Map.of(CompanyField.COUNTRY, "Norway")), T0));

        assertThat(ownWrites.intendedTowards(ACCOUNT, Optional.of("acme.example")))
                .extracting(IntendedCompanyWrite::source, IntendedCompanyWrite::field)
                .containsExactlyInAnyOrder(tuple(COMPANY, CompanyField.NAME), tuple(COMPANY, CompanyField.DOMAIN),
                        tuple(otherCompany, CompanyField.COUNTRY));
        assertThat(ownWrites.intendedTowards(ACCOUNT, Optional.of("cedarworks.example")))
                .extracting(IntendedCompanyWrite::source).containsExactly(otherCompany);
        assertThat(ownWrites.intendedTowards(COMPANY, Optional.of("acme.example"))).isEmpty();
        assertThat(db.jdbc().sql("""
                SELECT COUNT(*) FROM company_write_intent
                WHERE domain_fingerprint LIKE '%acme%' OR fingerprint LIKE '%Acme%'""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void settlingIntentsKeepsEachFieldsLatestIntendedValueAsOurWriteAndDropsTheIntents() {
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme", CompanyField.DOMAIN, "acme.example")), T0));
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.empty(),
                Map.of(CompanyField.NAME, "Acme Group", CompanyField.DOMAIN, "acme.example")), T0.plusSeconds(5)));
        assertThat(ownWrites.intendedBy(COMPANY)).as("both names, one domain").hasSize(3);

        ownWrites.settleIntents(COMPANY, Optional.of(ACCOUNT));

        assertThat(ownWrites.intendedBy(COMPANY)).isEmpty();
        assertThat(ownWrites.lastWritten(ACCOUNT)).isEqualTo(Map.of(
                CompanyField.NAME, new OwnWrite(ValueFingerprint.of("Acme Group"), T0.plusSeconds(5)),
                CompanyField.DOMAIN, new OwnWrite(ValueFingerprint.of("acme.example"), T0.plusSeconds(5))));
    }

    @Test
    void settlingIntentsWithoutAResolvedRecordOnlyDropsThemAndLeavesOtherSourcesIntents() {
        ExternalRef otherCompany = new ExternalRef(CrmSystem.HUBSPOT, "company", "9022");
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.of(ACCOUNT),
                Map.of(CompanyField.NAME, "Acme")), T0));
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(otherCompany, Optional.of(ACCOUNT),
                Map.of(CompanyField.COUNTRY, "Norway")), T0));

        ownWrites.settleIntents(COMPANY, Optional.empty());

        assertThat(ownWrites.intendedTowards(ACCOUNT, Optional.empty()))
                .extracting(IntendedCompanyWrite::source).containsExactly(otherCompany);
        assertThat(ownWrites.lastWritten(ACCOUNT)).isEmpty();
    }

    @Test
    void companyIntentsNeverMeetAPersonsIntentsOrOwnWrites() {
        JdbcOwnWriteStore people = new JdbcOwnWriteStore(db.jdbc(), db.tx());
        ownWrites.intend(IntendedCompanyWrite.of(new CompanyWrite(COMPANY, Optional.of(ACCOUNT),
                Map.of(CompanyField.NAME, "Acme")), T0));

        assertThat(people.intendedBy(COMPANY)).isEmpty();
        ownWrites.settleIntents(COMPANY, Optional.of(ACCOUNT));
        assertThat(people.lastWritten(ACCOUNT)).isEmpty();
        assertThat(ownWrites.lastWritten(ACCOUNT)).containsOnlyKeys(CompanyField.NAME);
    }
}
