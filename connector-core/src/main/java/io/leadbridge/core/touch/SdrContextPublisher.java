package io.leadbridge.core.touch;

import io.leadbridge.core.model.PersonId;
import java.util.Set;

/**
 * Brings the SDR-context summary of people up to date in both CRMs after their touches changed. Publishing the
 * same summary again changes nothing: the summary is rewritten in place, never added again.
 */
@FunctionalInterface
public interface SdrContextPublisher {

    /** A publisher for deployments that keep no summary. */
    SdrContextPublisher NONE = people -> {
    };

    void publish(Set<PersonId> people);
}
