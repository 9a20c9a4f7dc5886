package io.leadbridge.hubspot.support;

import io.leadbridge.core.contract.PeopleCrmContract;
import io.leadbridge.core.model.PersonField;
import io.leadbridge.core.sync.FieldMappings;
import io.leadbridge.core.sync.FieldOwnership;
import io.leadbridge.core.sync.PersonFieldMapping;
import io.leadbridge.core.sync.StreamId;
import io.leadbridge.core.testing.MutableClock;
import io.leadbridge.hubspot.HubSpotAdapter;
import io.leadbridge.hubspot.HubSpotContactSource;
import io.leadbridge.hubspot.HubSpotSettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people contract for the HubSpot adapter's contact sink and source, whatever portal stand-in {@link #connect}
 * points them at. The adapter runs on {@link #clock}, which a stand-in that keeps time should share: it moves on
 * five seconds each time the contract lets time pass, as HubSpot's search is eventually consistent (a contact just
 * written may be missing from it for a few seconds) and each write gets its own {@code lastmodifieddate}.
 */
public abstract class HubSpotPeopleContract extends PeopleCrmContract {

    /** The API version the contract speaks; the stand-ins serve its date-versioned paths. */
    protected static final String API_VERSION = "2026-03";

    /** The adapter's clock; 10:15:00 on the day the portal's recorded timeline starts. */
    protected final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-11-25T10:15:00Z"));

    /** Builds the adapter's sink and source for the portal at {@code baseUrl}, on a private-app token. */
    protected void connect(URI baseUrl, String accessToken) {
        HubSpotAdapter adapter = HubSpotAdapter.connect(new HubSpotSettings(baseUrl, accessToken, API_VERSION,
                Duration.ofSeconds(2), Duration.ofSeconds(10)), clock);
        use(adapter.contactSink(mappings()), adapter.contactSource(mappings()));
    }

    /** The contract's person fields on HubSpot's default contact properties. */
    public static FieldMappings mappings() {
        return FieldMappings.validate("connector.mappings.person", List.of(
                map(PersonField.EMAIL, "email"),
                map(PersonField.FIRST_NAME, "firstname"),
                map(PersonField.LAST_NAME, "lastname"),
                map(PersonField.COMPANY, "company"),
                map(PersonField.TITLE, "jobtitle")));
    }

    @Override
    protected StreamId peopleStream() {
        return HubSpotContactSource.CONTACTS;
    }

    @Override
    protected void letTimePass() {
        clock.advance(Duration.ofSeconds(5));
    }

    private static PersonFieldMapping map(PersonField field, String property) {
        return new PersonFieldMapping(field, Optional.of(property), Optional.empty(), FieldOwnership.TWO_WAY_NEWEST_WINS);
    }
}
