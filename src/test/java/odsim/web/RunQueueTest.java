package odsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs wait first come, first served, in a queue of bounded length, and each knows its place. */
class RunQueueTest {
    private static final PreparedRun PREPARED = new RunForm(ScenarioCatalog.load(null),
            new WebSettings("127.0.0.1", 0, 100, 20, 1, 2, 10, null, 1)).prepare(new RunInput("baseline", "10", "", "", "", java.util.Map.of()));

    /** A job that holds its thread until let go. */
    static final class Held extends Job {
        final CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        volatile boolean ran;

        Held(String id) {
            super(new LiveRun(id, "s", PREPARED, Path.of("unused")));
        }

        @Override
        String what() {
            return "a test job";
        }

        @Override
        void execute() throws InterruptedException {
            started.countDown();
            release.await(30, TimeUnit.SECONDS);
            ran = true;
        }
    }

    @Test
    void aFullQueueTurnsRunsAwayAndPlacesMoveUp() throws InterruptedException {
        try (RunQueue queue = new RunQueue(1, 2)) {
            Held first = new Held("a"), second = new Held("b"), third = new Held("c"), fourth = new Held("d");
            queue.submit(first, "form");
            assertTrue(first.started.await(10, TimeUnit.SECONDS));
            queue.submit(second, "form");
            queue.submit(third, "form");
            assertEquals(1, queue.running());
            assertEquals(1, queue.place(second));
            assertEquals(2, queue.place(third));
            FormErrors busy = assertThrows(FormErrors.class, () -> queue.submit(fourth, "form"));
            assertEquals("the server is busy: 2 runs are waiting already (odsim serve takes 2); try again in a minute", busy.byControl().get("form"));
            long version = third.run.version();
            first.release.countDown();
            assertTrue(second.started.await(10, TimeUnit.SECONDS));
            assertEquals(1, queue.place(third), "third moved up");
            assertTrue(third.run.version() > version, "the third's page heard that it moved");
            // A job stopped while it waits leaves the queue and never runs.
            third.stop();
            queue.remove(third);
            assertEquals(0, queue.waitingCount());
            second.release.countDown();
            Thread.sleep(200);
            assertTrue(first.ran && second.ran);
            assertEquals(false, third.ran);
        }
    }
}
