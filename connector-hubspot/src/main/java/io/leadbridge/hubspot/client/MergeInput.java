package io.leadbridge.hubspot.client;

/** {@code PublicMergeInput}: {@code {"primaryObjectId":"1","objectIdToMerge":"2"}}. */
public record MergeInput(String primaryObjectId, String objectIdToMerge) {
}
