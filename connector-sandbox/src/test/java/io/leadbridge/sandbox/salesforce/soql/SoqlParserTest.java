package io.leadbridge.sandbox.salesforce.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.sandbox.salesforce.store.ApiError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SoqlParserTest {

    @Test
    void parsesSelectFromWhereOrderByAndLimit() {
        SoqlQuery query = SoqlParser.parse("SELECT Id, LastName, Owner.Email FROM Lead WHERE (Status = 'Open'"
                + " OR NOT IsConverted = true) AND NumberOfEmployees IN (10, 20) ORDER BY SystemModstamp, Id DESC"
                + " NULLS FIRST LIMIT 50");

        assertThat(query.fields()).extracting(SoqlQuery.FieldPath::path)
                .containsExactly("Id", "LastName", "Owner.Email");
        assertThat(query.object()).isEqualTo("Lead");
        SoqlQuery.And and = (SoqlQuery.And) query.where();
        SoqlQuery.Or or = (SoqlQuery.Or) and.parts().get(0);
        SoqlQuery.Comparison status = (SoqlQuery.Comparison) or.parts().get(0);
        assertThat(status.field().path()).isEqualTo("Status");
        assertThat(status.operator()).isEqualTo("=");
        assertThat(((SoqlValue.Text) status.value()).value()).isEqualTo("Open");
        assertThat(or.parts().get(1)).isInstanceOf(SoqlQuery.Not.class);
        SoqlQuery.In in = (SoqlQuery.In) and.parts().get(1);
        assertThat(in.values()).containsExactly(new SoqlValue.Number(new BigDecimal("10")),
                new SoqlValue.Number(new BigDecimal("20")));
        assertThat(query.orderBy()).hasSize(2);
        assertThat(query.orderBy().get(0).descending()).isFalse();
        assertThat(query.orderBy().get(0).nullsFirst()).isTrue();
        assertThat(query.orderBy().get(1).descending()).isTrue();
        assertThat(query.orderBy().get(1).nullsFirst()).isTrue();
        assertThat(query.limit()).isEqualTo(50);
    }

    @Test
    void unescapesStringLiteralsExactlyAsSoqlDefinesThem() {
        assertThat(text("'O\\'Brien'")).isEqualTo("O'Brien");
        assertThat(text("'say \\\"hi\\\"'")).isEqualTo("say \"hi\"");
        assertThat(text("'back\\\\slash'")).isEqualTo("back\\slash");
        assertThat(text("'a\\nb\\rc\\td\\be\\ff'")).isEqualTo("a\nb\rc\td\be\ff");
        assertThat(text("'A\\NB\\TC'")).isEqualTo("A\nB\tC");
        assertThat(text("'50\\% off\\_now'")).isEqualTo("50% off_now");
    }

    @Test
    void anInjectionAttemptStaysOneLiteral() {
        SoqlQuery query = SoqlParser.parse("SELECT Id FROM Lead WHERE LastName = 'x\\' OR LastName != \\''");

        SoqlQuery.Comparison comparison = (SoqlQuery.Comparison) query.where();
        assertThat(((SoqlValue.Text) comparison.value()).value()).isEqualTo("x' OR LastName != '");
    }

    @Test
    void likeWildcardsMatchUnlessEscaped() {
        LikePattern wildcard = pattern("'Mc_%'");
        LikePattern literal = pattern("'Mc\\_%'");

        assertThat(wildcard.matches("McDonald")).isTrue();
        assertThat(wildcard.matches("mcx")).isTrue();
        assertThat(literal.matches("McDonald")).isFalse();
        assertThat(literal.matches("Mc_Donald")).isTrue();
        assertThat(pattern("'100\\%'").matches("100%")).isTrue();
        assertThat(pattern("'100\\%'").matches("1000")).isFalse();
        assertThat(pattern("'a.b'").matches("axb")).isFalse();
    }

    @Test
    void readsDateTimeAndDateLiterals() {
        assertThat(instant("2026-11-24T16:41:03Z")).isEqualTo(Instant.parse("2026-11-24T16:41:03Z"));
        assertThat(instant("2026-11-24T16:41:03.250Z")).isEqualTo(Instant.parse("2026-11-24T16:41:03.250Z"));
        assertThat(instant("2026-11-24T16:41:03.250+0000")).isEqualTo(Instant.parse("2026-11-24T16:41:03.250Z"));
        assertThat(instant("2026-11-24T17:41:03+01:00")).isEqualTo(Instant.parse("2026-11-24T16:41:03Z"));
        SoqlQuery query = SoqlParser.parse("SELECT Id FROM Task WHERE ActivityDate = 2026-11-24");
        assertThat(((SoqlQuery.Comparison) query.where()).value())
                .isEqualTo(new SoqlValue.Date(LocalDate.parse("2026-11-24")));
    }

    @Test
    void refusesWhatIsNotSoqlWithMalformedQuery() {
        assertMalformed("SELECT Id FROM Lead WHERE LastName = 'open", 1, 38);
        assertMalformed("SELECT Id FROM Lead WHERE LastName = 'bad \\x escape'", 1, 38);
        assertMalformed("SELECT Id FROM Lead WHERE A = 1 AND B = 2 OR C = 3", 1, 43);
        assertMalformed("SELECT Id FROM Lead WHERE", 1, 26);
        assertMalformed("SELECT FROM Lead", 1, 8);
        assertMalformed("SELECT Id FROM Lead LIMIT 'ten'", 1, 27);
        assertMalformed("SELECT Id FROM Lead; DELETE", 1, 20);
    }

    @Test
    void locatesProblemsOnLaterLines() {
        assertThatThrownBy(() -> SoqlParser.parse("SELECT Id\nFROM Lead\nWHERE Name = = 'x'"))
                .isInstanceOfSatisfying(ApiError.class, error -> {
                    assertThat(error.row()).isEqualTo(3);
                    assertThat(error.column()).isEqualTo(14);
                    assertThat(error.getMessage())
                            .contains("WHERE Name = = 'x'\n             ^\nERROR at Row:3:Column:14");
                });
    }

    private static void assertMalformed(String soql, int row, int column) {
        assertThatThrownBy(() -> SoqlParser.parse(soql)).isInstanceOfSatisfying(ApiError.class, error -> {
            assertThat(error.exceptionCode()).isEqualTo("MALFORMED_QUERY");
            assertThat(error.kind()).isEqualTo(ApiError.Kind.MALFORMED_QUERY);
            assertThat(error.row()).isEqualTo(row);
            assertThat(error.column()).isEqualTo(column);
        });
    }

    private static String text(String literal) {
        return ((SoqlValue.Text) comparisonValue(literal)).value();
    }

    private static LikePattern pattern(String literal) {
        SoqlQuery query = SoqlParser.parse("SELECT Id FROM Lead WHERE LastName LIKE " + literal);
        return ((SoqlQuery.Like) query.where()).pattern().pattern();
    }

    private static Instant instant(String literal) {
        return ((SoqlValue.DateTime) comparisonValue(literal)).value();
    }

    private static SoqlValue comparisonValue(String literal) {
        SoqlQuery query = SoqlParser.parse("SELECT Id FROM Lead WHERE X = " + literal);
        return ((SoqlQuery.Comparison) query.where()).value();
    }
}
