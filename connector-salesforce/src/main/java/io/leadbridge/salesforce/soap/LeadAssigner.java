package io.leadbridge.salesforce.soap;

import com.sforce.soap.partner.sobject.SObject;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.sync.WriteResult;
import io.leadbridge.salesforce.mapping.LeadRecordMapper;
import java.util.List;
import java.util.Optional;

/** Sets a Lead's {@code Status} and {@code OwnerId} in one update call; the other fields stay as they are. */
public final class LeadAssigner {

    private final RecordWriter writer;

    public LeadAssigner(SalesforceSession session) {
        this.writer = new RecordWriter(session, LeadRecordMapper.LEAD);
    }

    public WriteResult assign(ExternalRef lead, Optional<String> status, Optional<String> ownerUserId) {
        SObject update = new SObject(LeadRecordMapper.LEAD);
        update.setId(lead.id());
        status.ifPresent(value -> update.setField("Status", value));
        ownerUserId.ifPresent(id -> update.setField("OwnerId", id));
        return writer.update(List.of(update)).get(0);
    }
}
