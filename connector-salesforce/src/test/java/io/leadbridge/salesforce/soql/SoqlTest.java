package io.leadbridge.salesforce.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadbridge.core.sync.Watermark;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlTest {

    @Test
    void aQuoteCannotEndTheLiteral() {
        assertThat(Soql.text("x' OR Email != '")).isEqualTo("'x\\' OR Email != \\''");
    }

    @Test
    void backslashesAreEscapedBeforeTheyCanEscapeTheClosingQuote() {
        assertThat(Soql.text("ends with \\")).isEqualTo("'ends with \\\\'");
        assertThat(Soql.text("\\' OR Id != '")).isEqualTo("'\\\\\\' OR Id != \\''");
    }

    @Test
    void doubleQuotesAndControlCharactersUseSoqlEscapeSequences() {
        assertThat(Soql.text("\"a\"\n\r\t\b\f")).isEqualTo("'\\\"a\\\"\\n\\r\\t\\b\\f'");
    }

    @Test
    void wildcardsAreLiteralInLikePatternsButLeftAloneInPlainLiterals() {
        assertThat(Soql.likeText("100%_off")).isEqualTo("'100\\%\\_off'");
        assertThat(Soql.likePrefix("Acme_% Ltd'")).isEqualTo("'Acme\\_\\% Ltd\\'%'");
        assertThat(Soql.text("100%_off")).isEqualTo("'100%_off'");
    }

    @Test
    void unicodeIsKeptAsIs() {
        assertThat(Soql.text("Zoë Ørsted 😀")).isEqualTo("'Zoë Ørsted 😀'");
    }

    @Test
    void idsMustBe15Or18LettersAndDigits() {
        assertThat(Soql.id("00Q5g00000AbCd1EAF")).isEqualTo("'00Q5g00000AbCd1EAF'");
        assertThat(Soql.id("00Q5g00000AbCd1")).isEqualTo("'00Q5g00000AbCd1'");
        assertThatThrownBy(() -> Soql.id("00Q5g00000AbC' OR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\\'");
    }

    @Test
    void apiNamesAreChecked() {
        assertThat(Soql.name("Owner.Email")).isEqualTo("Owner.Email");
        assertThat(Soql.name("HubSpot_Id__c")).isEqualTo("HubSpot_Id__c");
        assertThatThrownBy(() -> Soql.name("Email FROM User --")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dateTimesAreUtcWithMilliseconds() {
        assertThat(Soql.dateTime(Instant.parse("2025-06-01T10:15:30.123456Z"))).isEqualTo("2025-06-01T10:15:30.123Z");
    }

    @Test
    void aChangeQueryBreaksTimeTiesById() {
        String soql = ChangeQuery.of("Contact", List.of("Email"),
                new Watermark(Instant.parse("2025-06-01T10:15:30.250Z"), "0035g00000AbCd8AAB"), 200).toSoql();

        assertThat(soql).isEqualTo("SELECT Id, SystemModstamp, Email FROM Contact WHERE (SystemModstamp >"
                + " 2025-06-01T10:15:30.250Z OR (SystemModstamp = 2025-06-01T10:15:30.250Z AND Id >"
                + " '0035g00000AbCd8AAB')) ORDER BY SystemModstamp, Id LIMIT 200");
    }

    @Test
    void lookupsEscapeEmailsAndCompanyNames() {
        assertThat(LookupQueries.leadsByEmail("a'b@example.com"))
                .isEqualTo("SELECT Id, SystemModstamp FROM Lead WHERE Email = 'a\\'b@example.com' AND IsConverted = false"
                        + " ORDER BY SystemModstamp DESC, Id LIMIT 10");
        assertThat(LookupQueries.leadsByEmailWithConversion("a'b@example.com"))
                .isEqualTo("SELECT Id, SystemModstamp, IsConverted, ConvertedContactId FROM Lead"
                        + " WHERE Email = 'a\\'b@example.com' ORDER BY SystemModstamp DESC, Id LIMIT 10");
        assertThat(LookupQueries.accountsNamedLike("O'Brien & 50% Sons_"))
                .contains("WHERE Name LIKE 'O\\'Brien & 50\\% Sons\\_%' ORDER BY");
    }
}
