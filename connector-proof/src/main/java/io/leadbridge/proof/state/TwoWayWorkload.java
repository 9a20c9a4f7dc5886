package io.leadbridge.proof.state;

import io.leadbridge.proof.harness.ProofCrms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the crash, fault and failover harnesses do to both CRMs, and what they expect afterwards: people, one company
 * per ten people, and in each round person edits, logged touches and company renames, each on the side the record
 * started on. Same seed, same workload.
 */
public final class TwoWayWorkload {

    private final PeopleWorkload people;
    private final TouchWorkload touches;
    private final CompanyWorkload companies;

    /** What one round changed. */
    public record Round(int personEdits, int touches, int companyEdits) {

        public static final Round NONE = new Round(0, 0, 0);

        public Round plus(Round other) {
            return new Round(personEdits + other.personEdits, touches + other.touches,
                    companyEdits + other.companyEdits);
        }

        @Override
        public String toString() {
            return personEdits + " person edits, " + touches + " touches, " + companyEdits + " company renames";
        }
    }

    /** @param domain the e-mail and company domain of this run, so that runs never collide */
    public TwoWayWorkload(long seed, String domain) {
        this.people = new PeopleWorkload(seed, domain);
        this.touches = new TouchWorkload(people, seed + 1);
        this.companies = new CompanyWorkload(seed + 2, domain);
    }

    /** Creates {@code count} people and a tenth as many companies (at least two), half in each CRM. */
    public void create(ProofCrms crms, int count) {
        people.create(crms, count);
        companies.create(crms, Math.max(2, count / 10));
    }

    /** Edits, logs a touch on and renames a random {@code share} of the people and companies. */
    public Round round(ProofCrms crms, int round, double share) {
        return new Round(people.editRound(crms, round, share), touches.logRound(crms, round, share),
                companies.editRound(crms, round, share));
    }

    public PeopleWorkload people() {
        return people;
    }

    /** Every object type's expected state: people, touches (mirrors and SDR-context notes), companies. */
    public ExpectedState expected() {
        Map<String, ObjectTypeCheck> checks = new LinkedHashMap<>();
        checks.put("people", people);
        checks.put("touches", touches);
        checks.put("companies", companies);
        return new ExpectedState(checks);
    }
}
