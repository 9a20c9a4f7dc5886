package io.leadbridge.app.api;

import io.leadbridge.core.model.ExternalRef;

/** A CRM record in the admin API's answers: {@code {system, objectType, id}}. */
record RecordView(String system, String objectType, String id) {

    static RecordView of(ExternalRef ref) {
        return new RecordView(ref.system().name(), ref.objectType(), ref.id());
    }
}
