package io.leadbridge.sandbox.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Realistic, reproducible sample data for the sandbox: the sales team (SDRs, AEs, a marketing manager), the
 * companies they sell to, the people at those companies with their funnel stage and owner, and the touches
 * SDRs have logged. The same seed always gives the same data; nothing here knows either CRM's wire format.
 */
public final class SampleData {

    /** A member of the sales team. */
    public record TeamMember(String firstName, String lastName, String email, Role role) {
    }

    public enum Role { SDR, AE, MARKETING }

    public record SampleCompany(String name, String domain, String industry, String country, String city,
                                int employees) {
    }

    /**
     * One person. {@code lifecycleStage} and {@code leadStatus} are HubSpot's default internal values
     * ({@code lead}, {@code marketingqualifiedlead}, {@code salesqualifiedlead}; {@code NEW}, {@code OPEN},
     * {@code IN_PROGRESS}...), the way a marketing team's portal holds them.
     */
    public record SamplePerson(String firstName, String lastName, String email, String phone, String title,
                               SampleCompany company, String lifecycleStage, String leadStatus, String leadSource,
                               TeamMember owner) {
    }

    public enum Channel { EMAIL, CALL, LINKEDIN, MEETING, NOTE }

    /** A touch an SDR logged on a person. */
    public record SampleTouch(SamplePerson person, TeamMember sdr, Channel channel, Instant occurredAt, String subject,
                              String outcome) {
    }

    private static final String[] FIRST = {"Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances",
            "Ken", "Radia", "Tim", "Hedy", "Edsger", "Katherine", "John", "Sophie", "Niklaus", "Anita", "Guido", "Mary",
            "Bjarne", "Shafi", "James", "Karen", "Donald", "Lynn", "Vint", "Joan", "Brian", "Adele"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie",
            "Allen", "Thompson", "Perlman", "Berners-Lee", "Lamarr", "Dijkstra", "Johnson", "McCarthy", "Wilson", "Wirth",
            "Borg", "van Rossum", "Shaw", "Stroustrup", "Goldwasser", "Gosling", "Jones", "Knuth", "Conway", "Cerf",
            "Clarke", "Kernighan", "Goldberg"};
    private static final String[] COMPANY_WORDS = {"Analytical", "Northwind", "Bluefin", "Cobalt", "Granite", "Harbor",
            "Juniper", "Keystone", "Lumen", "Meridian", "Nimbus", "Orchard", "Pinnacle", "Quarry", "Redwood", "Summit",
            "Tidal", "Umbra", "Vertex", "Willow"};
    private static final String[] COMPANY_SUFFIX = {"Software", "Payments", "Health", "Analytics", "Media", "Retail",
            "Telecom", "Labs", "Robotics", "Foods"};
    /** HubSpot's internal industry values, one per suffix above. */
    private static final String[] INDUSTRY = {"COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "HOSPITAL_HEALTH_CARE",
            "INFORMATION_TECHNOLOGY_AND_SERVICES", "MARKETING_AND_ADVERTISING", "RETAIL", "TELECOMMUNICATIONS",
            "COMPUTER_SOFTWARE", "INFORMATION_TECHNOLOGY_AND_SERVICES", "RETAIL"};
    private static final String[][] PLACES = {{"United Kingdom", "London"}, {"Germany", "Berlin"},
            {"United States", "Boston"}, {"United States", "Austin"}, {"France", "Paris"}, {"Netherlands", "Amsterdam"},
            {"Canada", "Toronto"}, {"Sweden", "Stockholm"}};
    private static final String[] TITLES = {"VP of Sales", "Head of Operations", "Chief Technology Officer",
            "Marketing Manager", "Director of Engineering", "Procurement Lead", "Founder & CEO", "IT Manager",
            "Revenue Operations Analyst", "Head of Growth"};
    private static final String[] SOURCES = {"Webinar", "Content download", "Demo request", "Trade show",
            "Outbound prospecting", "Partner referral"};
    private static final String[] FREE_MAIL = {"gmail.example", "outlook.example"};

    private final List<TeamMember> team;
    private final List<SampleCompany> companies;
    private final List<SamplePerson> people;
    private final List<SampleTouch> touches;

    private SampleData(List<TeamMember> team, List<SampleCompany> companies, List<SamplePerson> people,
                       List<SampleTouch> touches) {
        this.team = List.copyOf(team);
        this.companies = List.copyOf(companies);
        this.people = List.copyOf(people);
        this.touches = List.copyOf(touches);
    }

    /**
     * @param peopleCount how many people; companies are about one per six people
     * @param seed        the same seed gives the same data
     * @param now         touches lie in the two weeks before it
     */
    public static SampleData generate(int peopleCount, long seed, Instant now) {
        if (peopleCount < 0) {
            throw new IllegalArgumentException("peopleCount must not be negative: " + peopleCount);
        }
        Random random = new Random(seed);
        List<TeamMember> team = List.of(
                member("Sam", "Rivera", Role.SDR), member("Priya", "Natarajan", Role.SDR),
                member("Jonas", "Becker", Role.SDR), member("Chloe", "Martin", Role.SDR),
                member("Olivia", "Chen", Role.AE), member("Marcus", "Okafor", Role.AE),
                member("Lea", "Fischer", Role.AE), member("Diego", "Alvarez", Role.AE),
                member("Hannah", "Kowalski", Role.MARKETING));
        List<TeamMember> sdrs = team.stream().filter(m -> m.role() == Role.SDR).toList();
        List<TeamMember> aes = team.stream().filter(m -> m.role() == Role.AE).toList();

        List<SampleCompany> companies = new ArrayList<>();
        Set<String> domains = new HashSet<>();
        int companyCount = Math.max(1, (peopleCount + 5) / 6);
        for (int i = 0; companies.size() < companyCount; i++) {
            String word = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
            int kind = random.nextInt(COMPANY_SUFFIX.length);
            String name = word + " " + COMPANY_SUFFIX[kind];
            String domain = (word + "-" + COMPANY_SUFFIX[kind]).toLowerCase(Locale.ROOT) + (i < 200 ? "" : "-" + i)
                    + ".example";
            if (!domains.add(domain)) {
                continue;
            }
            String[] place = PLACES[random.nextInt(PLACES.length)];
            int employees = new int[] {12, 45, 180, 650, 2400, 12000}[random.nextInt(6)];
            companies.add(new SampleCompany(name + (i < 200 ? "" : " " + i), domain, INDUSTRY[kind], place[0], place[1],
                    employees));
        }

        List<SamplePerson> people = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        while (people.size() < peopleCount) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            SampleCompany company = companies.get(random.nextInt(companies.size()));
            boolean freeMail = random.nextInt(10) == 0;
            String local = (first + "." + last).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            String domain = freeMail ? FREE_MAIL[random.nextInt(FREE_MAIL.length)] : company.domain();
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            int stage = random.nextInt(100);
            String lifecycle = stage < 45 ? "lead" : stage < 75 ? "marketingqualifiedlead" : stage < 90
                    ? "salesqualifiedlead" : "subscriber";
            String leadStatus = switch (lifecycle) {
                case "lead" -> random.nextBoolean() ? "NEW" : "IN_PROGRESS";
                case "marketingqualifiedlead" -> "OPEN";
                case "salesqualifiedlead" -> "CONNECTED";
                default -> "";
            };
            TeamMember owner = lifecycle.equals("salesqualifiedlead") ? aes.get(random.nextInt(aes.size()))
                    : lifecycle.equals("subscriber") ? null : sdrs.get(random.nextInt(sdrs.size()));
            String phone = String.format("+1 617 555 %04d", random.nextInt(10_000));
            people.add(new SamplePerson(first, last, email, phone, TITLES[random.nextInt(TITLES.length)], company,
                    lifecycle, leadStatus, SOURCES[random.nextInt(SOURCES.length)], owner));
        }

        List<SampleTouch> touches = new ArrayList<>();
        for (SamplePerson person : people) {
            if (person.owner() == null || person.owner().role() != Role.SDR || random.nextInt(3) == 0) {
                continue;
            }
            int count = 1 + random.nextInt(4);
            for (int t = 0; t < count; t++) {
                Channel channel = Channel.values()[random.nextInt(3)];
                Instant at = now.minus(Duration.ofMinutes(30 + random.nextInt(14 * 24 * 60)));
                touches.add(new SampleTouch(person, person.owner(), channel, at, subject(channel, person, t),
                        outcome(channel, random)));
            }
        }
        return new SampleData(team, companies, people, touches);
    }

    private static TeamMember member(String first, String last, Role role) {
        return new TeamMember(first, last, (first + "." + last).toLowerCase(Locale.ROOT) + "@leadbridge-demo.example",
                role);
    }

    private static String subject(Channel channel, SamplePerson person, int step) {
        return switch (channel) {
            case EMAIL -> step == 0 ? "Quick question about " + person.company().name()
                    : "Following up: " + person.company().name();
            case CALL -> "Discovery call with " + person.firstName();
            case LINKEDIN -> "LinkedIn connection request";
            case MEETING -> "Intro meeting";
            case NOTE -> "Research notes";
        };
    }

    private static String outcome(Channel channel, Random random) {
        return switch (channel) {
            case EMAIL -> random.nextInt(5) == 0 ? "REPLIED" : "SENT";
            case CALL -> new String[] {"CONNECTED", "NO_ANSWER", "LEFT_VOICEMAIL"}[random.nextInt(3)];
            case LINKEDIN -> random.nextBoolean() ? "ACCEPTED" : "PENDING";
            case MEETING -> "SCHEDULED";
            case NOTE -> "LOGGED";
        };
    }

    public List<TeamMember> team() {
        return team;
    }

    public List<SampleCompany> companies() {
        return companies;
    }

    public List<SamplePerson> people() {
        return people;
    }

    public List<SampleTouch> touches() {
        return touches;
    }
}
