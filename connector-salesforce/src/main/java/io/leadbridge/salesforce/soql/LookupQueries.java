package io.leadbridge.salesforce.soql;

import java.util.List;

/** The lookups by value that identity resolution and owner mapping need, with every value escaped. */
public final class LookupQueries {

    private LookupQueries() {
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
