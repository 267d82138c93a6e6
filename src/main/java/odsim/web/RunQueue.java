package odsim.web;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The runs waiting and in flight: a fixed number of threads take jobs first come, first served;
 * at most {@code maxWaiting} may wait, so memory stays bounded however many browsers ask. A
 * job's place in the queue is shown on its page, and every waiting page hears when it moves.
 */
final class RunQueue implements AutoCloseable {
    private final Deque<Job> waiting = new ArrayDeque<>();
    private final int maxWaiting;
    private final List<Thread> workers = new ArrayList<>();
    private int running;
    private boolean closed;
    /** Called after each job, on its thread: where finished runs beyond the limit are evicted. */
    private volatile Runnable afterEach = () -> { };

    RunQueue(int threads, int maxWaiting) {
        this.maxWaiting = maxWaiting;
        for (int k = 0; k < threads; k++) {
            Thread t = new Thread(this::work, "odsim-web-run-" + k);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /** Queues a job; a full queue is a message for the page, under {@code control}. */
    void submit(Job job, String control) {
        List<Job> moved;
        synchronized (this) {
            if (waiting.size() >= maxWaiting) {
                throw FormErrors.of(control, "the server is busy: " + waiting.size() + " runs are waiting already (odsim serve takes "
                        + maxWaiting + "); try again in a minute");
            }
            waiting.addLast(job);
            job.run.pending(job);
            moved = List.copyOf(waiting);
            notifyAll();
        }
        tell(moved);
    }

    void afterEach(Runnable r) {
        afterEach = r;
    }

    /** 1 for the next job to start, 2 after it, ...; 0 if the job is not waiting. */
    synchronized int place(Job job) {
        int k = 1;
        for (Job j : waiting) {
            if (j == job) return k;
            k++;
        }
        return 0;
    }

    synchronized int running() {
        return running;
    }

    synchronized int waitingCount() {
        return waiting.size();
    }

    /** Takes a stopped job out of the queue at once (it would be dropped when its turn came anyway). */
    void remove(Job job) {
        List<Job> moved;
        synchronized (this) {
            if (!waiting.remove(job)) return;
            moved = List.copyOf(waiting);
        }
        job.dropped();
        tell(moved);
    }

    private void work() {
        while (true) {
            Job job;
            List<Job> moved;
            synchronized (this) {
                while (waiting.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) return;
                job = waiting.removeFirst();
                running++;
                moved = List.copyOf(waiting);
            }
            tell(moved);
            try {
                if (job.stopped()) job.dropped();
                else job.execute();
            } catch (Job.Stopped e) {
                job.dropped();
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                job.failed(e);
            } finally {
                synchronized (this) {
                    running--;
                }
                if (job.run.pending() == job) job.run.pending(null);
                afterEach.run();
            }
        }
    }

    /** Tells the pages of waiting jobs that their place changed. */
    private static void tell(List<Job> jobs) {
        for (Job j : jobs) j.run.changed();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            for (Job j : waiting) j.stop();
            waiting.clear();
            notifyAll();
        }
    }
}
