package io.leadbridge.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadbridge.core.sync.InvalidConfigurationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SalesforceOptionsTest {

    @Test
    void everyProblemIsReportedWithItsKey() {
        InvalidConfigurationException thrown = catchThrowableOfType(InvalidConfigurationException.class,
                () -> new SalesforceOptions(1.5, 0, Optional.of("00Q5g000000AbCd"), true, Optional.empty()));

        assertThat(thrown.problems()).containsExactly(
                "connector.salesforce.daily-api-share: 1.5 must be above 0 and at most 1 (e.g. 0.5 for half of the"
                        + " daily allocation)",
                "connector.salesforce.bulk-threshold: 0 must be at least 1",
                "connector.salesforce.assignment-rule-id: '00Q5g000000AbCd' is not an assignment rule id (15 or 18"
                        + " characters starting with 01Q)",
                "connector.salesforce.use-default-assignment-rule: set it or assignment-rule-id, not both");
    }

    @Test
    void blankOptionalsAreAbsent() {
        SalesforceOptions options = new SalesforceOptions(0.25, 5000, Optional.of(" "), false, Optional.of(""));

        assertThat(options.assignmentRuleId()).isEmpty();
        assertThat(options.convertedStatus()).isEmpty();
    }
}
