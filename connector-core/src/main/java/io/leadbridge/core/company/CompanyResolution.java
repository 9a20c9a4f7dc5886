package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.util.Objects;

/** Which record of the other CRM a changed company is, with the reason. */
public sealed interface CompanyResolution {

    String reason();

    /** The id map links the company to {@code target}. */
    record Linked(ExternalRef target, String reason) implements CompanyResolution {
        public Linked {
            Objects.requireNonNull(target, "target");
        }
    }

    /** Not linked yet; {@code match} is the other CRM's record with the same domain. */
    record Matched(AccountCandidate match, String reason) implements CompanyResolution {
        public Matched {
            Objects.requireNonNull(match, "match");
        }
    }

    /** Not linked and no record of the other CRM has the domain: a new record may be created. */
    record NoMatch(String reason) implements CompanyResolution {
    }

    /** Every record with the domain already belongs to another company: nothing is created or linked. */
    record Conflict(String reason) implements CompanyResolution {
    }
}
