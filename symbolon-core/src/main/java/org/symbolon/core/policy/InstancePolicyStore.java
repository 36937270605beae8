package org.symbolon.core.policy;

import java.time.Instant;

/** Where the instance policy is kept: one record for the whole instance. */
public interface InstancePolicyStore {

    /** The policy in force; {@link InstancePolicy#DEFAULT} until an administrator changes it. Read-only. */
    InstancePolicy load();

    /** Replaces the policy. Writes. */
    void save(InstancePolicy policy, Instant now, String actor);
}
