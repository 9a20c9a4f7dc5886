package io.leadbridge.hubspot;

import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.workflow.handoff.LeadAnswers;
import io.leadbridge.hubspot.client.CrmObjectType;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an AE's answer from a HubSpot contact with one read: its {@code hs_lead_status} and the reason property the
 * rules name. A contact that is gone fails as the client classifies HubSpot's 404.
 */
final class HubSpotContactAnswers implements LeadAnswers {

    private final HubSpotClient client;

    HubSpotContactAnswers(HubSpotClient client) {
        this.client = client;
    }

    @Override
    public Answer read(ExternalRef record, Optional<String> reasonField) {
        List<String> properties = new ArrayList<>(List.of(HubSpotWorkflowCommands.LEAD_STATUS));
        reasonField.ifPresent(properties::add);
        HubSpotObject contact = client.getObject(CrmObjectType.CONTACTS, record.id(), properties);
        Map<String, String> values = contact.properties();
        String status = values.get(HubSpotWorkflowCommands.LEAD_STATUS);
        String reason = reasonField.map(values::get).orElse(null);
        return new Answer(status == null ? "" : status, reason == null ? "" : reason);
    }
}
