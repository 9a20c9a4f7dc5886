package io.leadbridge.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rule ids name a rule in the audit trail, so within one list each must be unique. */
public final class RuleIds {

    private RuleIds() {
    }

    /** Reports {@code list[i].id} for every id already used earlier in the list. */
    public static void requireUnique(RuleNode list, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isEmpty() && !seen.add(ids.get(i))) {
                list.reading().problem(list.path() + "[" + i + "].id", "'" + ids.get(i)
                        + "' is used twice; rule ids name a rule in the audit trail");
            }
        }
    }
}
