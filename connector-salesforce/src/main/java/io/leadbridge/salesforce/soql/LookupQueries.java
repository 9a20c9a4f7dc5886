package io.leadbridge.salesforce.soql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The lookups by value that identity resolution and owner mapping need, with every value escaped. */
public final class LookupQueries {

    /** Values per {@code IN (...)} list: a page of results for the usual one or two records per email. */
    public static final int MAX_IN_VALUES = 200;
    /**
     * Characters per {@code IN (...)} list: Salesforce refuses a WHERE clause string over 4,000 characters, so a
     * list stays below that with room for the rest of the clause.
     */
    public static final int MAX_IN_LENGTH = 3_800;

    private LookupQueries() {
    }

    /**
     * {@code values} cut into groups that each fit one {@code IN (...)} list: at most {@value #MAX_IN_VALUES} values
     * and {@value #MAX_IN_LENGTH} characters once escaped and quoted, in the order given.
     *
     * @throws IllegalArgumentException for a value too long to fit any list (see {@link #fitsInList})
     */
    public static List<List<String>> inListChunks(Collection<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int length = 2;
        for (String value : values) {
            int added = Soql.text(value).length() + 2;
            if (!fitsInList(value)) {
                throw new IllegalArgumentException("a value of " + value.length() + " characters is too long for SOQL");
            }
            if (!chunk.isEmpty() && (chunk.size() == MAX_IN_VALUES || length + added > MAX_IN_LENGTH)) {
                chunks.add(List.copyOf(chunk));
                chunk.clear();
                length = 2;
            }
            chunk.add(value);
            length += added;
        }
        if (!chunk.isEmpty()) {
            chunks.add(List.copyOf(chunk));
        }
        return chunks;
    }

    /** Whether {@code value} fits an {@code IN (...)} list on its own. */
    public static boolean fitsInList(String value) {
        return Soql.text(value).length() + 4 <= MAX_IN_LENGTH;
    }

    /**
     * Leads holding any of these emails, converted or not, with their email and conversion; {@code emails} must fit
     * one list ({@link #inListChunks}).
     */
    public static String leadsByEmailsWithConversion(Collection<String> emails) {
        return "SELECT Id, Email, SystemModstamp, IsConverted, ConvertedContactId FROM Lead WHERE Email IN "
                + inList(emails) + " ORDER BY SystemModstamp DESC, Id";
    }

    /** Contacts holding any of these emails, with their email; {@code emails} must fit one list. */
    public static String contactsByEmails(Collection<String> emails) {
        return "SELECT Id, Email, SystemModstamp FROM Contact WHERE Email IN " + inList(emails)
                + " ORDER BY SystemModstamp DESC, Id";
    }

    private static String inList(Collection<String> values) {
        if (values.isEmpty() || values.size() > MAX_IN_VALUES) {
            throw new IllegalArgumentException("an IN list takes 1 to " + MAX_IN_VALUES + " values, not "
                    + values.size());
        }
        String list = values.stream().map(Soql::text).collect(Collectors.joining(", ", "(", ")"));
        if (list.length() > MAX_IN_LENGTH) {
            throw new IllegalArgumentException("an IN list of " + list.length() + " characters is too long");
        }
        return list;
    }

    /** Unconverted Leads with exactly this email (Salesforce compares emails case-insensitively). */
    public static String leadsByEmail(String email) {
        return byEmail("Lead", email, " AND IsConverted = false");
    }

    /** Leads with exactly this email, converted or not, with whether and into which Contact they were converted. */
    public static String leadsByEmailWithConversion(String email) {
        return "SELECT Id, SystemModstamp, IsConverted, ConvertedContactId FROM Lead WHERE Email = " + Soql.text(email)
                + " ORDER BY SystemModstamp DESC, Id LIMIT 10";
    }

    /** Contacts with exactly this email. */
    public static String contactsByEmail(String email) {
        return byEmail("Contact", email, "");
    }

    /** Accounts whose name starts with {@code company}, wildcards in the name matched literally. */
    public static String accountsNamedLike(String company) {
        return "SELECT Id, SystemModstamp FROM Account WHERE Name LIKE " + Soql.likePrefix(company)
                + " ORDER BY Name, Id LIMIT 10";
    }

    /**
     * Accounts whose website contains {@code domain}, most recently modified first; the caller keeps those whose
     * website normalises to exactly that domain.
     */
    public static String accountsWithWebsiteContaining(String domain) {
        return "SELECT Id, Website, SystemModstamp FROM Account WHERE Website LIKE " + Soql.likeContains(domain)
                + " ORDER BY SystemModstamp DESC, Id LIMIT 50";
    }

    /** Unconverted Leads with this first and last name at a company starting with {@code company}. */
    public static String leadsByNameAndCompany(String firstName, String lastName, String company) {
        return "SELECT Id, SystemModstamp FROM Lead WHERE FirstName = " + Soql.text(firstName) + " AND LastName = "
                + Soql.text(lastName) + " AND Company LIKE " + Soql.likePrefix(company)
                + " AND IsConverted = false ORDER BY SystemModstamp DESC, Id LIMIT 10";
    }

    private static String byEmail(String object, String email, String condition) {
        return "SELECT Id, SystemModstamp FROM " + object + " WHERE Email = " + Soql.text(email) + condition
                + " ORDER BY SystemModstamp DESC, Id LIMIT 10";
    }

    /** The active user with this email, for owner mapping. */
    public static String activeUserByEmail(String email) {
        return "SELECT Id, Email, Name FROM User WHERE Email = " + Soql.text(email)
                + " AND IsActive = true ORDER BY Id LIMIT 2";
    }

    /** Accounts whose Website contains {@code domain}, most recently modified first, with {@code fields}. */
    public static String accountsWithWebsiteContaining(String domain, List<String> fields) {
        String literal = Soql.likeText(domain);
        return "SELECT Id, SystemModstamp, " + String.join(", ", fields) + " FROM Account WHERE Website LIKE '%"
                + literal.substring(1, literal.length() - 1) + "%' ORDER BY SystemModstamp DESC, Id LIMIT 20";
    }
}
