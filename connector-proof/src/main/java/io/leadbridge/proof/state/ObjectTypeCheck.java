package io.leadbridge.proof.state;

import io.leadbridge.proof.harness.ProofCrms;
import java.util.Map;

/**
 * The expected end state of one object type in both CRMs: people ({@link PeopleWorkload}), touches with their
 * SDR-context notes ({@link TouchWorkload}) and companies ({@link CompanyWorkload}).
 */
public interface ObjectTypeCheck {

    /** What differs between both emulators' current state and the expected one. */
    Differences compare(ProofCrms crms);

    /**
     * Both sides' records of this type reduced to what a sync decides (no ids, no timestamps), keyed by the
     * records' natural key, for comparing the end states of two runs.
     */
    Map<String, Map<String, String>> endState(ProofCrms crms);
}
