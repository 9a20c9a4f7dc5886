package io.leadbridge.app.config;

import io.leadbridge.core.sync.InvalidConfigurationException;
import io.leadbridge.hubspot.HubSpotSettings;
import io.leadbridge.salesforce.SalesforceSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Both CRMs' settings, validated together so that an admin sees every missing or wrong key in one
 * start-up error rather than one at a time.
 */
public record CrmSettings(HubSpotSettings hubspot, SalesforceSettings salesforce) {

    public static CrmSettings from(ConnectorProperties properties) {
        List<String> problems = new ArrayList<>();
        HubSpotSettings hubspot = collect(problems, () -> hubspot(properties.hubspot()));
        SalesforceSettings salesforce = collect(problems, () -> salesforce(properties.salesforce()));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new CrmSettings(hubspot, salesforce);
    }

    private static HubSpotSettings hubspot(ConnectorProperties.HubSpot p) {
        Optional<HubSpotSettings.OAuth> oauth = p.oauth()
                ? Optional.of(new HubSpotSettings.OAuth(p.clientId(), p.clientSecret(), p.refreshToken()))
                : Optional.empty();
        return new HubSpotSettings(p.baseUrl(), p.accessToken(), p.apiVersion(), p.connectTimeout(), p.readTimeout(),
                oauth, p.dailyLimitShare(), zone(p.accountTimeZone()));
    }

    /** The zone, or null (which the settings report under its key) when the text names none. */
    private static ZoneId zone(String name) {
        try {
            return name == null ? null : ZoneId.of(name.strip());
        } catch (DateTimeException unknown) {
            return null;
        }
    }

    private static SalesforceSettings salesforce(ConnectorProperties.Salesforce p) {
        return new SalesforceSettings(p.instanceUrl(), p.organizationId(), p.apiVersion(), text(p.accessToken()),
                Optional.ofNullable(p.tokenUrl()), text(p.clientId()), text(p.clientSecret()), p.hubspotIdField(),
                p.connectTimeout(), p.readTimeout());
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static <T> T collect(List<String> problems, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidConfigurationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
