package io.leadbridge.hubspot.client;

/** A label of an existing association as read back: category, type id and the label text (null if unlabeled). */
public record AssociationLabel(String category, int typeId, String label) {
}
