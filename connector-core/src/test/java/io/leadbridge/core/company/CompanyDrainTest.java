package io.leadbridge.core.company;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadbridge.core.engine.ErrorRetry;
import io.leadbridge.core.failure.RetryPolicy;
import io.leadbridge.core.failure.SyncFailure;
import io.leadbridge.core.model.Company;
import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.testing.FakeCompanyCrm;
import io.leadbridge.core.port.ErrorStatus;
import io.leadbridge.core.testing.InMemoryAppliedVersionStore;
import io.leadbridge.core.testing.InMemoryAuditTrail;
import io.leadbridge.core.testing.InMemoryChangeInbox;
import io.leadbridge.core.testing.InMemoryCompanyInbox;
import io.leadbridge.core.testing.InMemoryCompanyOwnWrites;
import io.leadbridge.core.testing.InMemoryCompanySnapshotStore;
import io.leadbridge.core.testing.InMemoryErrorQueue;
import io.leadbridge.core.testing.InMemoryIdMappingStore;
import io.leadbridge.core.testing.InMemoryWatermarkStore;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.core.owner.OwnerDirectory;
import io.leadbridge.core.testing.FixedOwners;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Company changes through the inbox: stored by {@link CompanyIntake}, settled one by one by {@link CompanyDrain}. */
class CompanyDrainTest {

    private static final int PAGE = 50;

    private final MutableClock clock = MutableClock.atDefaultStart();
    private final FakeCompanyCrm hubspot = new FakeCompanyCrm(CrmSystem.HUBSPOT, "company", clock);
    private final FakeCompanyCrm salesforce = new FakeCompanyCrm(CrmSystem.SALESFORCE, "Account", clock);
    private final InMemoryIdMappingStore ids = new InMemoryIdMappingStore();
    private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();
    private final InMemoryErrorQueue errors = new InMemoryErrorQueue(clock);
    private final Map<String, String> hubspotOwners = new HashMap<>(Map.of("kim@seller.example", "71"));
    private final Map<String, String> salesforceUsers = new HashMap<>(Map.of("kim@seller.example", "005A",
            "noor@seller.example", "005B"));
    private final InMemoryCompanyInbox inbox = new InMemoryCompanyInbox();
    private final CompanyIntake intake = new CompanyIntake(inbox, watermarks, clock, PAGE, 5);
    private final CompanyDrain drain = new CompanyDrain(inbox,
            new CompanyIdentity(ids, new AccountMatcher(FreeMailDomains.DEFAULT, List.of(hubspot, salesforce))),
            new CompanyChangePlanner(new CompanyFieldPlanner(mappings(), CrmSystem.HUBSPOT),
                    new InMemoryCompanySnapshotStore(), new InMemoryCompanyOwnWrites()),
            new InMemoryAppliedVersionStore(), errors, new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofMinutes(1)),
            List.of(directory(CrmSystem.HUBSPOT, hubspotOwners), directory(CrmSystem.SALESFORCE, salesforceUsers)),
            clock);

    @Test
    void aNewHubSpotCompanyCreatesOneAccountAndEditsOnEachSideCostOneWriteEachOverManyCycles() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(4);
        assertThat(salesforce.count()).isEqualTo(1);
        ExternalRef account = linkedAccount(acme);
        assertThat(salesforce.company(account)).isEqualTo(company("Acme", "acme.example", "Norway"));

        clock.advance(Duration.ofMinutes(1));
        salesforce.userEdits(account, Map.of(CompanyField.NAME, "Acme Group"));
        cycles(4);
        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.COUNTRY, "Sweden"));
        cycles(4);

        assertThat(hubspot.company(acme)).isEqualTo(company("Acme Group", "acme.example", "Sweden"));
        assertThat(salesforce.company(account)).isEqualTo(company("Acme Group", "acme.example", "Sweden"));
        assertThat(salesforce.writes()).as("create, then the country").isEqualTo(2);
        assertThat(hubspot.writes()).as("the name").isEqualTo(1);
    }

    @Test
    void anAccountWithTheCompanysDomainIsLinkedAndUpdatedNotDuplicated() {
        ExternalRef account = salesforce.userCreates(company("Cedarworks Ltd", "cedarworks.example", "Canada"));
        clock.advance(Duration.ofMinutes(1));
        ExternalRef cedarworks = hubspot.userCreates(company("Cedarworks", "cedarworks.example", "Canada"));

        cycles(3);

        assertThat(salesforce.count()).isEqualTo(1);
        assertThat(hubspot.count()).isEqualTo(1);
        assertThat(linkedAccount(cedarworks)).isEqualTo(account);
        assertThat(salesforce.company(account).name()).as("the HubSpot change is newer").isEqualTo("Cedarworks");
    }

    @Test
    void aVersionReadBeforeLeadbridgeWroteToTheRecordDoesNotSyncBackTheValueThatWriteReplaced() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(2);
        ExternalRef account = linkedAccount(acme);
        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme Group"));
        clock.advance(Duration.ofSeconds(1));
        salesforce.userEdits(account, Map.of(CompanyField.NAME, "Acme Inc", CompanyField.COUNTRY, "Sweden"));
        readBothSides();

        drain.drain(salesforce, PAGE);
        assertThat(salesforce.company(account).name()).as("drained first, the rename overwrites the Account's")
                .isEqualTo("Acme Group");
        clock.advance(Duration.ofSeconds(1));
        CompanyDrain.Report readBefore = drain.drain(hubspot, PAGE);
        assertThat(readBefore.written()).as("the Account's country, read with the name that write replaced")
                .isEqualTo(1);
        assertThat(hubspot.company(acme).name()).as("the Account's rename, replaced by the write, is not synced back")
                .isEqualTo("Acme Group");
        clock.advance(Duration.ofSeconds(1));
        cycles(2);

        assertThat(hubspot.writes()).as("the country only").isEqualTo(1);
        assertThat(hubspot.company(acme)).isEqualTo(company("Acme Group", "acme.example", "Sweden"));
        assertThat(salesforce.company(account)).as("one name on both sides, not each side's rename on the other")
                .isEqualTo(company("Acme Group", "acme.example", "Sweden"));
    }

    @Test
    void aRenameReadJustBeforeLeadbridgeWroteAnotherFieldOfTheCompanyStillReachesTheAccount() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(2);
        ExternalRef account = linkedAccount(acme);
        clock.advance(Duration.ofMinutes(1));
        salesforce.userEdits(account, Map.of(CompanyField.OWNER_EMAIL, "kim@seller.example"));
        clock.advance(Duration.ofSeconds(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme Group"));
        readBothSides();

        drain.drain(hubspot, PAGE);
        assertThat(hubspot.company(acme).ownerEmail()).as("the Account's owner").contains("kim@seller.example");
        clock.advance(Duration.ofSeconds(1));
        CompanyDrain.Report rename = drain.drain(salesforce, PAGE);

        assertThat(rename.written()).as("the rename, without waiting for the company's next version").isEqualTo(1);
        assertThat(salesforce.company(account).name()).isEqualTo("Acme Group");
        assertThat(salesforce.company(account).ownerEmail()).contains("kim@seller.example");
    }

    @Test
    void anAccountThatExistedBeforeFillsWhatTheNewerCompanyItIsMatchedToLacks() {
        ExternalRef account = salesforce.userCreates(company("Cedarworks", "cedarworks.example", "Canada"));
        clock.advance(Duration.ofMinutes(1));
        ExternalRef cedarworks = hubspot.userCreates(new Company("Cedarworks", Optional.of("cedarworks.example"),
                Optional.empty(), Optional.of(40), Optional.empty()));

        cycles(3);

        assertThat(hubspot.company(cedarworks).country()).as("a blank filled on the first link").contains("Canada");
        assertThat(salesforce.count()).isEqualTo(1);
    }

    @Test
    void anOlderCompanyDoesNotOverwriteTheNewerAccountItIsMatchedTo() {
        ExternalRef cedarworks = hubspot.userCreates(company("Cedarworks", "cedarworks.example", "Canada"));
        clock.advance(Duration.ofMinutes(1));
        ExternalRef account = salesforce.userCreates(company("Cedarworks Ltd", "cedarworks.example", "Canada"));

        run(hubspot, salesforce);

        assertThat(linkedAccount(cedarworks)).isEqualTo(account);
        assertThat(salesforce.company(account).name()).isEqualTo("Cedarworks Ltd");
        assertThat(salesforce.writes()).isZero();
    }

    @Test
    void aFreeMailDomainNeverMatchesSoTheCompanyGetsItsOwnAccount() {
        salesforce.userCreates(company("Someone's side business", "gmail.com", "Norway"));
        ExternalRef freelancer = hubspot.userCreates(company("Freelancer", "gmail.com", "Norway"));

        run(hubspot, salesforce);

        assertThat(salesforce.count()).isEqualTo(2);
        assertThat(salesforce.company(linkedAccount(freelancer)).name()).isEqualTo("Freelancer");
    }

    @Test
    void twoNewCompaniesWithOneDomainCreateOneAccountAndTheSecondIsParkedAsADomainConflict() {
        ExternalRef first = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        ExternalRef second = hubspot.userCreates(company("Acme Norway", "acme.example", "Norway"));

        CompanyDrain.Report report = run(hubspot, salesforce);
        assertThat(report.waiting()).isEqualTo(1);
        run(hubspot, salesforce);

        assertThat(salesforce.count()).isEqualTo(1);
        assertThat(salesforce.company(linkedAccount(first)).name()).isEqualTo("Acme");
        assertThat(errors.openFor(second)).extracting(e -> e.failure().code()).containsExactly("COMPANY_DOMAIN_CONFLICT");
        assertThat(watermarks.load(hubspot.stream())).isPresent();
    }

    @Test
    void aCompanyWhoseWriteMayPassWaitsItsBackoffWithoutHoldingTheCompaniesAfterIt() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        clock.advance(Duration.ofSeconds(1));
        ExternalRef cedarworks = hubspot.userCreates(company("Cedarworks", "cedarworks.example", "Canada"));
        salesforce.failNextWrite(new SyncFailure.Retriable("UNABLE_TO_LOCK_ROW", "record locked", ""));

        CompanyDrain.Report first = run(hubspot, salesforce);

        assertThat(first.waiting()).isEqualTo(1);
        assertThat(first.written()).isEqualTo(1);
        assertThat(salesforce.company(linkedAccount(cedarworks)).name()).isEqualTo("Cedarworks");
        assertThat(watermarks.load(hubspot.stream())).as("the watermark moved over both: they are stored")
                .isPresent();
        assertThat(run(hubspot, salesforce).taken()).as("acme waits its backoff").isZero();

        clock.advance(Duration.ofSeconds(5));
        run(hubspot, salesforce);
        run(hubspot, salesforce);

        assertThat(salesforce.count()).isEqualTo(2);
        assertThat(salesforce.company(linkedAccount(acme)).name()).isEqualTo("Acme");
        assertThat(errors.all()).isEmpty();
        assertThat(inbox.unsettledCount()).isZero();
    }

    @Test
    void aCompanyThatKeepsFailingIsParkedWhenItsAttemptsAreUsedUp() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        for (int i = 0; i < 3; i++) {
            salesforce.failNextWrite(new SyncFailure.Retriable("SERVER_UNAVAILABLE", "try later", ""));
        }

        for (int i = 0; i < 3; i++) {
            run(hubspot, salesforce);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(errors.openFor(acme)).singleElement().satisfies(error -> {
            assertThat(error.failure().code()).isEqualTo("SERVER_UNAVAILABLE");
            assertThat(error.attempts()).isEqualTo(3);
        });
        assertThat(salesforce.count()).isZero();
    }

    @Test
    void aRateLimitWaitsTheVendorsTimeWithoutUsingAnAttempt() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        for (int i = 0; i < 5; i++) {
            salesforce.failNextWrite(new SyncFailure.RateLimited("REQUEST_LIMIT_EXCEEDED", "slow down", "",
                    Duration.ofSeconds(30)));
        }

        for (int i = 0; i < 5; i++) {
            run(hubspot, salesforce);
            clock.advance(Duration.ofSeconds(30));
        }
        run(hubspot, salesforce);

        assertThat(errors.all()).isEmpty();
        assertThat(salesforce.company(linkedAccount(acme)).name()).isEqualTo("Acme");
    }

    @Test
    void aRefusedWriteIsParkedWithTheVendorCodeAndFieldAndAnAdminRetrySettlesItOnceTheCrmAccepts() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        salesforce.failNextWrite(new SyncFailure.Permanent("REQUIRED_FIELD_MISSING", "Required fields are missing",
                "", List.of("Name")));

        run(hubspot, salesforce);

        assertThat(errors.openFor(acme)).singleElement().satisfies(error -> {
            assertThat(error.failure().code()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(error.failure()).isInstanceOfSatisfying(SyncFailure.Permanent.class,
                    refused -> assertThat(refused.fields()).containsExactly("Name"));
        });
        assertThat(watermarks.load(hubspot.stream())).isPresent();
        long errorId = errors.openFor(acme).get(0).id();

        ErrorRetry retry = new ErrorRetry(errors, new InMemoryChangeInbox(), inbox, ids,
                new InMemoryAuditTrail(), clock);
        retry.retry(errorId);
        run(hubspot, salesforce);

        assertThat(salesforce.company(linkedAccount(acme)).name()).isEqualTo("Acme");
        assertThat(errors.find(errorId).orElseThrow().status()).isEqualTo(ErrorStatus.RESOLVED);
        assertThat(inbox.unsettledCount()).isZero();
    }

    @Test
    void aRetriedCompanyRefusedAgainReopensItsErrorAndANewerVersionSupersedesAnOlderOne() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        salesforce.failNextWrite(new SyncFailure.Permanent("INVALID_FIELD", "bad", "", List.of("BillingCountry")));
        salesforce.failNextWrite(new SyncFailure.Permanent("INVALID_FIELD", "still bad", "",
                List.of("BillingCountry")));
        run(hubspot, salesforce);
        long errorId = errors.openFor(acme).get(0).id();

        new ErrorRetry(errors, new InMemoryChangeInbox(), inbox, ids, new InMemoryAuditTrail(), clock)
                .retry(errorId);
        run(hubspot, salesforce);

        assertThat(errors.find(errorId).orElseThrow().status()).isEqualTo(ErrorStatus.OPEN);
        assertThat(errors.find(errorId).orElseThrow().failure().message()).isEqualTo("still bad");
        assertThat(errors.all()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.COUNTRY, "Sweden"));
        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme AS"));
        intake.poll(hubspot);
        assertThat(salesforce.count()).isZero();
        drain.drain(salesforce, PAGE);

        assertThat(salesforce.company(linkedAccount(acme))).isEqualTo(company("Acme AS", "acme.example", "Sweden"));
        assertThat(salesforce.writes()).as("the two refusals, then one create").isEqualTo(3);
    }

    @Test
    void anOwnerChangeOnEitherSideReachesTheOtherAsTheUserWithThatEmail() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(2);
        ExternalRef account = linkedAccount(acme);

        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.OWNER_EMAIL, "Kim@Seller.example"));
        cycles(2);
        assertThat(salesforce.company(account).ownerEmail()).contains("kim@seller.example");

        clock.advance(Duration.ofMinutes(1));
        salesforce.userEdits(account, Map.of(CompanyField.OWNER_EMAIL, "kim@seller.example",
                CompanyField.COUNTRY, "Denmark"));
        cycles(2);
        assertThat(hubspot.company(acme).country()).contains("Denmark");
        assertThat(errors.all()).isEmpty();
    }

    @Test
    void anOwnerWithoutACounterpartIsReportedAsOwnerNotFoundNamingTheEmailAndTheOtherFieldsStillSync() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(2);
        ExternalRef account = linkedAccount(acme);

        clock.advance(Duration.ofMinutes(1));
        salesforce.userEdits(account, Map.of(CompanyField.OWNER_EMAIL, "noor@seller.example",
                CompanyField.COUNTRY, "Denmark"));
        cycles(2);

        assertThat(hubspot.company(acme).country()).contains("Denmark");
        assertThat(hubspot.company(acme).ownerEmail()).isEmpty();
        assertThat(errors.openFor(account)).singleElement().satisfies(error -> {
            assertThat(error.failure().code()).isEqualTo("OWNER_NOT_FOUND");
            assertThat(error.failure().message()).contains("noor@seller.example");
        });

        hubspotOwners.put("noor@seller.example", "72");
        clock.advance(Duration.ofMinutes(2));
        salesforce.userEdits(account, Map.of(CompanyField.OWNER_EMAIL, "kim@seller.example"));
        cycles(1);
        salesforce.userEdits(account, Map.of(CompanyField.OWNER_EMAIL, "noor@seller.example"));
        cycles(2);
        assertThat(hubspot.company(acme).ownerEmail()).as("found once the owner list is read again")
                .contains("noor@seller.example");
    }

    @Test
    void aRenameOlderThanTheAccountLeadbridgeCreatedWinsThoughSalesforceFilledInItsOwner() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        intake.poll(hubspot);
        clock.advance(Duration.ofSeconds(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme Group"));
        clock.advance(Duration.ofSeconds(1));
        salesforce.fillsInOwnerOnCreate("kim@seller.example");
        drain.drain(salesforce, PAGE);
        ExternalRef account = onlyAccountWith("acme.example");
        clock.advance(Duration.ofSeconds(1));
        intake.poll(hubspot);

        run(salesforce, hubspot);
        assertThat(hubspot.company(acme).ownerEmail()).as("the owner Salesforce filled in").contains(
                "kim@seller.example");
        clock.advance(Duration.ofSeconds(1));
        drain.drain(salesforce, PAGE);
        clock.advance(Duration.ofMinutes(1));
        cycles(2);

        assertThat(salesforce.company(account).name()).as("the rename is older than the Account, but the Account"
                + " holds nothing of its own but the owner Salesforce filled in on the create").isEqualTo("Acme Group");
        assertThat(hubspot.company(acme).name()).isEqualTo("Acme Group");
    }

    @Test
    void aRenameOlderThanACreateWhoseAnswerWasLostStillWinsWhenTheCreatedAccountIsReadBackFirst() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        CompanyDrain.Report lost = createWhoseAnswerIsLostAfterARenameNotReadYet(acme);
        ExternalRef account = onlyAccountWith("acme.example");
        clock.advance(Duration.ofSeconds(1));

        CompanyDrain.Report readBack = run(salesforce, hubspot);
        clock.advance(Duration.ofMinutes(1));
        cycles(2);

        assertThat(hubspot.company(acme).name()).as("the rename is older than the Account's create stamp, which"
                + " is our own write").isEqualTo("Acme Group");
        assertThat(salesforce.company(account).name()).isEqualTo("Acme Group");
        assertThat(lost.waiting()).isEqualTo(1);
        assertThat(readBack.settledWithoutWrite()).as("the created Account read back is our own write").isEqualTo(1);
        assertThat(salesforce.count()).isEqualTo(1);
        assertThat(linkedAccount(acme)).isEqualTo(account);
    }

    @Test
    void aRenameOlderThanACreateWhoseAnswerWasLostStillWinsWhenTheRetryMatchesTheCreatedAccount() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        createWhoseAnswerIsLostAfterARenameNotReadYet(acme);
        ExternalRef account = onlyAccountWith("acme.example");
        clock.advance(Duration.ofMinutes(1));

        CompanyDrain.Report retry = run(hubspot, salesforce);
        cycles(2);

        assertThat(salesforce.company(account).name()).as("the Account's stamp may be our lost create's")
                .isEqualTo("Acme Group");
        assertThat(hubspot.company(acme).name()).isEqualTo("Acme Group");
        assertThat(retry.written()).isEqualTo(1);
        assertThat(salesforce.count()).isEqualTo(1);
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsAnEchoWhenItsAccountIsReadBackSoTheNewerRenameStillWins() {
        ExternalRef acme = hubspot.userCreates(company("Acme", "acme.example", "Norway"));
        cycles(2);
        ExternalRef account = linkedAccount(acme);
        clock.advance(Duration.ofMinutes(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme Group"));
        intake.poll(hubspot);
        clock.advance(Duration.ofSeconds(1));
        hubspot.userEdits(acme, Map.of(CompanyField.NAME, "Acme Holding"));
        clock.advance(Duration.ofSeconds(1));
        salesforce.loseAnswersOfNextCalls(1, timeout());
        drain.drain(salesforce, PAGE);
        clock.advance(Duration.ofSeconds(1));

        CompanyDrain.Report readBack = run(salesforce, hubspot);
        clock.advance(Duration.ofMinutes(1));
        cycles(2);

        assertThat(hubspot.company(acme).name()).isEqualTo("Acme Holding");
        assertThat(salesforce.company(account).name()).isEqualTo("Acme Holding");
        assertThat(readBack.settledWithoutWrite()).as("the Account read back holds our unsettled write")
                .isEqualTo(1);
    }

    private OwnerDirectory directory(CrmSystem system, Map<String, String> owners) {
        return FixedOwners.directory(system, owners, clock);
    }

    private CompanyDrain.Report run(FakeCompanyCrm source, FakeCompanyCrm sink) {
        intake.poll(source);
        return drain.drain(sink, PAGE);
    }

    /** Reads both CRMs' changes into the inbox without draining them, then lets a second pass. */
    private void readBothSides() {
        intake.poll(hubspot);
        intake.poll(salesforce);
        clock.advance(Duration.ofSeconds(1));
    }

    private void cycles(int n) {
        for (int i = 0; i < n; i++) {
            run(hubspot, salesforce);
            clock.advance(Duration.ofSeconds(5));
            run(salesforce, hubspot);
            clock.advance(Duration.ofSeconds(5));
        }
    }

    /**
     * Reads {@code company} as it is, renames it to "Acme Group" in HubSpot (not read yet), then drains: the Account is
     * created from the version read, stamped after the rename, and the answer of that create is lost.
     */
    private CompanyDrain.Report createWhoseAnswerIsLostAfterARenameNotReadYet(ExternalRef company) {
        intake.poll(hubspot);
        clock.advance(Duration.ofSeconds(1));
        hubspot.userEdits(company, Map.of(CompanyField.NAME, "Acme Group"));
        clock.advance(Duration.ofSeconds(1));
        salesforce.loseAnswersOfNextCalls(1, timeout());
        return drain.drain(salesforce, PAGE);
    }

    private ExternalRef onlyAccountWith(String domain) {
        assertThat(salesforce.count()).isEqualTo(1);
        return salesforce.findByDomain(domain).get(0).ref();
    }

    private static SyncFailure timeout() {
        return new SyncFailure.Retriable("TIMEOUT", "read timed out", "");
    }

    private ExternalRef linkedAccount(ExternalRef company) {
        return ids.find(company).flatMap(id -> ids.refIn(id, CrmSystem.SALESFORCE)).orElseThrow();
    }

    private static Company company(String name, String domain, String country) {
        return new Company(name, Optional.of(domain), Optional.empty(), Optional.empty(), Optional.of(country));
    }

    private static CompanyFieldMappings mappings() {
        return CompanyFieldMappings.validate("company-fields", List.of(
                new CompanyFieldMapping(CompanyField.NAME, Optional.of("name"), Optional.of("Name"),
                        FieldOwnership.TWO_WAY_NEWEST_WINS),
                new CompanyFieldMapping(CompanyField.DOMAIN, Optional.of("domain"), Optional.of("Website"),
                        FieldOwnership.PREFER_HUBSPOT_UNLESS_BLANK),
                new CompanyFieldMapping(CompanyField.COUNTRY, Optional.of("country"), Optional.of("BillingCountry"),
                        FieldOwnership.TWO_WAY_NEWEST_WINS),
                new CompanyFieldMapping(CompanyField.OWNER_EMAIL, Optional.of("hubspot_owner_id"),
                        Optional.of("OwnerId"), FieldOwnership.TWO_WAY_NEWEST_WINS)));
    }
}
