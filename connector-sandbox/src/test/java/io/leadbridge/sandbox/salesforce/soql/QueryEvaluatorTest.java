package io.leadbridge.sandbox.salesforce.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.sandbox.salesforce.store.ApiError;
import io.leadbridge.sandbox.salesforce.store.LeadStatusValue;
import io.leadbridge.sandbox.salesforce.store.Org;
import io.leadbridge.sandbox.salesforce.store.RecordInput;
import io.leadbridge.sandbox.salesforce.store.StandardObjects;
import io.leadbridge.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryEvaluatorTest {

    private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-24T16:41:03.250Z"));
    private final Org org = new Org(new StandardObjects(LeadStatusValue.STANDARD, Set.of("HubSpot_Id__c")), clock,
            LeadStatusValue.STANDARD);
    private final QueryEvaluator evaluator = new QueryEvaluator(org);

    @Test
    void anInjectionAttemptMatchesOnlyTheLiteralValue() {
        lead("x' OR LastName != '", "Acme");
        lead("Other", "Acme");

        List<String> names = lastNames("SELECT LastName FROM Lead WHERE LastName = 'x\\' OR LastName != \\''");

        assertThat(names).containsExactly("x' OR LastName != '");
    }

    @Test
    void textComparesCaseInsensitivelyAndLikeHonoursEscapes() {
        lead("McDonald", "Acme");
        lead("Mc_Intyre", "Acme");
        lead("Smith", "ACME Corp");

        assertThat(lastNames("SELECT LastName FROM Lead WHERE LastName LIKE 'mc%'"))
                .containsExactly("McDonald", "Mc_Intyre");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE LastName LIKE 'Mc\\_%'")).containsExactly("Mc_Intyre");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Company = 'acme corp'")).containsExactly("Smith");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Company IN ('Acme') ORDER BY LastName DESC"))
                .containsExactly("McDonald", "Mc_Intyre");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE NOT (Company NOT IN ('ACME CORP'))"))
                .containsExactly("Smith");
    }

    @Test
    void nullOnlyEqualsNullAndSortsFirstAscending() {
        lead("NoRating", "Acme");
        Map<String, String> hot = new LinkedHashMap<>(Map.of("LastName", "Hot", "Company", "Acme", "Rating", "Hot"));
        org.create(List.of(new RecordInput("Lead", hot)), org.integrationUserId());

        assertThat(lastNames("SELECT LastName FROM Lead WHERE Rating = null")).containsExactly("NoRating");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Rating != null")).containsExactly("Hot");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Rating < 'Z'")).containsExactly("Hot");
        assertThat(lastNames("SELECT LastName FROM Lead ORDER BY Rating")).containsExactly("NoRating", "Hot");
        assertThat(lastNames("SELECT LastName FROM Lead ORDER BY Rating DESC")).containsExactly("Hot", "NoRating");
        assertThat(lastNames("SELECT LastName FROM Lead ORDER BY Rating NULLS LAST"))
                .containsExactly("Hot", "NoRating");
    }

    @Test
    void theAdaptersWatermarkQueryResumesAfterTheLastSeenRecord() {
        String first = lead("First", "Acme");
        String second = lead("Second", "Acme");
        clock.advance(Duration.ofMillis(1));
        lead("Third", "Acme");

        List<String> names = lastNames("SELECT Id, SystemModstamp, LastName FROM Lead WHERE IsDeleted = false AND"
                + " (SystemModstamp > 2026-11-24T16:41:03.250Z OR (SystemModstamp = 2026-11-24T16:41:03.250Z"
                + " AND Id > '" + first + "')) ORDER BY SystemModstamp, Id LIMIT 10");

        assertThat(second.compareTo(first)).isPositive();
        assertThat(names).containsExactly("Second", "Third");
        assertThat(lastNames("SELECT LastName FROM Lead ORDER BY SystemModstamp DESC, Id DESC LIMIT 2"))
                .containsExactly("Third", "Second");
    }

    @Test
    void countReturnsTheSizeWithoutRows() {
        lead("One", "Acme");
        lead("Two", "Acme");

        QueryEvaluator.Result result = evaluator.run("SELECT COUNT() FROM Lead", false);

        assertThat(result.rows()).isEmpty();
        assertThat(result.size()).isEqualTo(2);
    }

    @Test
    void queryAllIncludesTheRecycleBin() {
        String gone = lead("Gone", "Acme");
        lead("Kept", "Acme");
        org.delete(List.of(gone));

        assertThat(lastNames("SELECT LastName FROM Lead")).containsExactly("Kept");
        assertThat(evaluator.run("SELECT LastName FROM Lead WHERE IsDeleted = true", true).rows())
                .extracting(QueryRow::id).containsExactly(gone);
    }

    @Test
    void leadStatusValuesAreQueryable() {
        QueryEvaluator.Result result = evaluator.run("SELECT ApiName FROM LeadStatus WHERE IsConverted = true",
                false);

        assertThat(result.rows()).hasSize(1);
        assertThat(((QueryRow.Value) result.rows().get(0).columns().get(0)).value()).isEqualTo("Closed - Converted");
    }

    @Test
    void literalsMustFitTheFieldType() {
        assertThatThrownBy(() -> evaluator.run("SELECT Id FROM Lead WHERE SystemModstamp > '2026-11-24'", false))
                .isInstanceOfSatisfying(ApiError.class, error -> {
                    assertThat(error.exceptionCode()).isEqualTo("INVALID_FIELD");
                    assertThat(error.getMessage()).contains("value of filter criterion for field 'SystemModstamp'"
                            + " must be of type dateTime and should not be enclosed in quotes");
                });
        assertThatThrownBy(() -> evaluator.run("SELECT Id FROM Lead WHERE IsConverted = 'false'", false))
                .isInstanceOf(ApiError.class);
        assertThatThrownBy(() -> evaluator.run("SELECT Id, Manager.Email FROM Lead", false))
                .isInstanceOfSatisfying(ApiError.class, error ->
                        assertThat(error.getMessage()).contains("Didn't understand relationship 'Manager'"));
    }

    @Test
    void inMatchesIdsByEitherLengthNullsAndTextCaseInsensitively() {
        String first = lead("First", "Acme");
        lead("Second", "Globex");
        Map<String, String> rated = new LinkedHashMap<>(Map.of("LastName", "Rated", "Company", "Initech",
                "Rating", "Hot"));
        org.create(List.of(new RecordInput("Lead", rated)), org.integrationUserId());

        assertThat(lastNames("SELECT LastName FROM Lead WHERE Id IN ('" + first.substring(0, 15) + "')"))
                .containsExactly("First");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Rating IN (null, 'HOT') ORDER BY LastName"))
                .containsExactly("First", "Rated", "Second");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Rating NOT IN (null)")).containsExactly("Rated");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Company IN ('globex', 'INITECH') ORDER BY LastName"
                + " DESC LIMIT 1")).containsExactly("Second");
    }

    @Test
    void anEmailLookUpByValueFindsWhatAScanWouldAsRecordsChangeAndAreDeleted() {
        String ann = lead("Ann", "Acme", "ann@acme.example");
        lead("Bob", "Acme", "bob@acme.example");
        String cat = lead("Cat", "Globex", "cat@globex.example");
        String byEmail = "SELECT LastName FROM Lead WHERE Email IN ('ANN@acme.example', 'aaa.dan@acme.example',"
                + " 'cat@globex.example')";
        assertThat(lastNames(byEmail)).containsExactly("Ann", "Cat");

        org.update(List.of(new RecordInput("Lead", Map.of("Id", ann, "Email", "ann@elsewhere.example"))),
                org.integrationUserId());
        lead("Dan", "Acme", "Aaa.Dan@Acme.example");
        org.update(List.of(new RecordInput("Lead", Map.of("Id", cat, "LastName", "Catherine"))),
                org.integrationUserId());
        String eve = lead("Eve", "Acme", "ann@acme.example");
        org.delete(List.of(eve));

        assertThat(lastNames(byEmail)).containsExactly("Catherine", "Dan");
        assertThat(evaluator.run(byEmail, true).rows()).hasSize(3);
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Company = 'acme' AND Email = 'AAA.DAN@ACME.EXAMPLE'"))
                .containsExactly("Dan");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Email = 'ann@elsewhere.example' OR Email ="
                + " 'bob@acme.example'")).containsExactly("Ann", "Bob");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Email NOT IN ('bob@acme.example') ORDER BY LastName"))
                .containsExactly("Ann", "Catherine", "Dan");
    }

    @Test
    void aPollAfterAWatermarkFindsWhatAScanWouldAsRecordsMoveOnAndAreDeleted() {
        String early = lead("Early", "Acme");
        clock.advance(Duration.ofSeconds(1));
        String moved = lead("Moved", "Acme");
        lead("Stays", "Acme");
        String poll = "SELECT LastName FROM Lead WHERE (SystemModstamp > 2026-11-24T16:41:03.500Z OR"
                + " (SystemModstamp = 2026-11-24T16:41:03.500Z AND Id > '" + early + "')) ORDER BY SystemModstamp, Id";
        assertThat(lastNames(poll)).containsExactly("Moved", "Stays");

        clock.advance(Duration.ofSeconds(1));
        org.update(List.of(new RecordInput("Lead", Map.of("Id", early, "LastName", "Early, edited"))),
                org.integrationUserId());
        org.update(List.of(new RecordInput("Lead", Map.of("Id", moved, "LastName", "Moved, edited"))),
                org.integrationUserId());
        assertThat(lastNames(poll)).containsExactly("Stays", "Early, edited", "Moved, edited");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE SystemModstamp >= 2026-11-24T16:41:05.250Z"))
                .containsExactly("Early, edited", "Moved, edited");

        org.delete(List.of(moved));
        assertThat(lastNames(poll)).containsExactly("Stays", "Early, edited");
        assertThat(evaluator.run(poll, true).rows()).hasSize(3);
        assertThat(lastNames("SELECT LastName FROM Lead WHERE SystemModstamp > 2026-11-24T16:41:05.250Z"
                + " OR LastName = 'Stays'")).containsExactly("Stays");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE SystemModstamp < 2026-11-24T16:41:04.000Z"))
                .isEmpty();
    }

    @Test
    void aLookUpByValueMatchesLettersOutsideTheBmpIgnoringCaseAsAScanWould() {
        lead("Deseret", "Acme", "\uD801\uDC00@acme.example");

        assertThat(lastNames("SELECT LastName FROM Lead WHERE Email IN ('\uD801\uDC28@ACME.example')"))
                .containsExactly("Deseret");
        assertThat(lastNames("SELECT LastName FROM Lead WHERE Email = '\uD801\uDC28@acme.example'"))
                .containsExactly("Deseret");
    }

    private String lead(String lastName, String company, String email) {
        return org.create(List.of(new RecordInput("Lead", Map.of("LastName", lastName, "Company", company,
                "Email", email))), org.integrationUserId()).get(0).id();
    }

    private String lead(String lastName, String company) {
        return org.create(List.of(new RecordInput("Lead", Map.of("LastName", lastName, "Company", company))),
                org.integrationUserId()).get(0).id();
    }

    private List<String> lastNames(String soql) {
        return evaluator.run(soql, false).rows().stream().map(row -> row.columns().stream()
                .filter(column -> column.name().equals("LastName")).map(column -> ((QueryRow.Value) column).value())
                .findFirst().orElseThrow()).toList();
    }
}
