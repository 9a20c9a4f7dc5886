package io.leadbridge.proof.failover;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One failover run on PostgreSQL.
 *
 * @param people   people created before the start (half in each CRM)
 * @param lockTtl  {@code connector.sync.lock-ttl} of both instances: the longest a survivor waits for leadership
 * @param converge how long the survivor may take to reach the expected state
 * @param workDir  where the app logs go
 * @param seed     seed of the workload
 */
public record FailoverSettings(int people, Duration lockTtl, Duration converge, Path workDir, long seed) {
}
