package io.leadbridge.hubspot;

import io.leadbridge.core.model.CrmSystem;
import io.leadbridge.core.model.EmailAddress;
import io.leadbridge.core.model.ExternalRef;
import io.leadbridge.core.owner.OwnerSource;
import io.leadbridge.hubspot.client.HubSpotClient;
import io.leadbridge.hubspot.client.HubSpotOwner;
import io.leadbridge.hubspot.client.OwnerPage;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every active HubSpot owner with an email, through the owners API ({@value #PAGE} per page). */
public final class HubSpotOwnerSource implements OwnerSource {

    static final int PAGE = 500;

    private final HubSpotClient client;

    public HubSpotOwnerSource(HubSpotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public CrmSystem system() {
        return CrmSystem.HUBSPOT;
    }

    @Override
    public Map<String, String> activeOwnerIdsByEmail() {
        Map<String, String> owners = new HashMap<>();
        Optional<String> after = Optional.empty();
        do {
            OwnerPage page = client.owners(null, PAGE, after.orElse(null));
            page.results().stream().filter(o -> o.email() != null && !o.email().isBlank() && o.id() != null)
                    .sorted(Comparator.comparing(HubSpotOwner::id, ExternalRef.ID_ORDER))
                    .forEach(o -> owners.putIfAbsent(EmailAddress.normalise(o.email()), o.id()));
            after = page.nextAfter();
        } while (after.isPresent());
        return owners;
    }
}
