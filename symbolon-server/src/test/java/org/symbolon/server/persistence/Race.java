package org.symbolon.server.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many threads doing the same thing at once, released together by one start gate. */
final class Race {

    static final int THREADS = 50;

    private Race() {
    }

    /** How many of {@link #THREADS} simultaneous calls returned true. */
    static long countWinners(Callable<Boolean> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return attempt.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                // get() rethrows what a thread threw: a lock time-out must fail the test, not count as a loss.
                if (result.get(60, TimeUnit.SECONDS)) {
                    winners++;
                }
            }
            return winners;
        } finally {
            pool.shutdownNow();
        }
    }
}
