package org.symbolon.server.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.symbolon.core.audit.AuditRetention;

/**
 * Runs {@link AuditRetention} every hour. Several servers on one database may run it at once: each
 * batch deletes by id, so a row is deleted once and the other server's batch simply finds fewer.
 */
@Component
public class AuditRetentionJob {

    /**
     * Minute 17 of every hour, UTC. Tests set it to "-" (no schedule), since they write old
     * events on purpose, and call {@link #pruneOldEvents()} themselves.
     */
    static final String SCHEDULE = "${symbolon.internal.audit-retention-schedule:0 17 * * * *}";

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionJob.class);

    private final AuditRetention retention;

    public AuditRetentionJob(AuditRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = SCHEDULE, zone = "UTC")
    public AuditRetention.Result pruneOldEvents() {
        AuditRetention.Result result = retention.prune();
        if (result.deleted() > 0) {
            log.info("Deleted {} audit events from before {}{}", result.deleted(), result.cutoff(),
                    result.complete() ? "" : "; more are due and follow at the next run");
        }
        return result;
    }
}
