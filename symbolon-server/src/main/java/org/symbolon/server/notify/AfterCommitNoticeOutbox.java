package org.symbolon.server.notify;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.symbolon.core.notify.MailOutcome;
import org.symbolon.core.notify.SecurityNotice;
import org.symbolon.core.notify.SecurityNoticeMailer;
import org.symbolon.core.notify.SecurityNoticeOutbox;

/**
 * {@link SecurityNoticeOutbox} in memory: notices wait, after the surrounding transaction
 * committed, for one background thread that mails them one by one. A restart loses the notices
 * still waiting; the audit log keeps the events. Nothing here ever throws into the caller.
 */
public final class AfterCommitNoticeOutbox implements SecurityNoticeOutbox, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitNoticeOutbox.class);
    /** Enough for a burst (an administrator resetting a group); beyond it a flood is not worth the memory. */
    private static final int WAITING = 1000;

    private final SecurityNoticeMailer mailer;
    private final ExecutorService sending;
    private final long closingMillis;

    public AfterCommitNoticeOutbox(SecurityNoticeMailer mailer, long closingMillis) {
        this.mailer = mailer;
        this.closingMillis = closingMillis;
        this.sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread thread = new Thread(task, "symbolon-mail");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void post(SecurityNotice notice) {
        try {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        enqueue(notice);
                    }
                });
            } else {
                enqueue(notice);
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("Could not queue the {} notice for user {}: {}", notice.kind(), notice.userId(), unexpected.toString());
        }
    }

    private void enqueue(SecurityNotice notice) {
        try {
            sending.execute(() -> deliver(notice));
        } catch (RejectedExecutionException full) {
            LOG.warn("Dropped the {} notice for user {}: too many mails waiting, or shutting down", notice.kind(),
                    notice.userId());
        }
    }

    private void deliver(SecurityNotice notice) {
        try {
            MailOutcome outcome = mailer.deliver(notice);
            if (outcome instanceof MailOutcome.NotSent notSent) {
                LOG.warn("Could not mail the {} notice to user {}: {}", notice.kind(), notice.userId(), notSent.reason());
            } else if (outcome instanceof MailOutcome.Sent) {
                LOG.debug("Mailed the {} notice to user {}", notice.kind(), notice.userId());
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("Could not mail the {} notice to user {}", notice.kind(), notice.userId(), unexpected);
        }
    }

    /**
     * Waits, at most {@code patience}, until every notice queued before this call has been mailed
     * (or has failed): the one sending thread takes them in order, so a marker queued now runs
     * after them. False when the patience ran out first.
     */
    public boolean drain(Duration patience) {
        try {
            sending.submit(() -> { }).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Sends what is waiting, for at most the closing time, so that a console command's notice goes out before it exits. */
    @Override
    public void close() throws InterruptedException {
        sending.shutdown();
        if (!sending.awaitTermination(closingMillis, TimeUnit.MILLISECONDS)) {
            LOG.warn("Stopped with {} notices not mailed", sending.shutdownNow().size());
        }
    }
}
