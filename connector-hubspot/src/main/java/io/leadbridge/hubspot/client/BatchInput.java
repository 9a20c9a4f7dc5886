package io.leadbridge.hubspot.client;

import java.util.List;

/** The body of a batch call: {@code {"inputs":[...]}}, at most {@link #MAX_INPUTS} per call for objects. */
public record BatchInput<T>(List<T> inputs) {

    /** HubSpot's limit for every object batch endpoint. */
    public static final int MAX_INPUTS = 100;

    public BatchInput {
        inputs = List.copyOf(inputs);
    }
}
