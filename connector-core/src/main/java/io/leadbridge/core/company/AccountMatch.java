package io.leadbridge.core.company;

import io.leadbridge.core.model.ExternalRef;
import java.util.List;
import java.util.Objects;

/** Which company record a person belongs to, by their email domain, with the reason. */
public sealed interface AccountMatch {

    String reason();

    /**
     * @param candidates every record with the domain, best first ({@code account} is the first)
     */
    record Matched(ExternalRef account, List<AccountCandidate> candidates, String reason) implements AccountMatch {
        public Matched {
            Objects.requireNonNull(account, "account");
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty() || !candidates.get(0).ref().equals(account)) {
                throw new IllegalArgumentException("the account must be the first candidate");
            }
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
        }

        /** Several records share the domain: an admin may want to merge them. */
        public boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    record NoMatch(String reason) implements AccountMatch {
        public NoMatch {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
        }
    }
}
