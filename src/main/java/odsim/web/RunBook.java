package odsim.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every run the server holds, each owned by one browser session: a session sees its own runs
 * only. Finished runs beyond {@code runsKept} are evicted oldest first, with their folders, so
 * memory and disk stay bounded; runs waiting or in flight are bounded by the queue.
 */
final class RunBook {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path work;
    private final int runsKept;
    /** In order of creation. */
    private final Map<String, LiveRun> runs = new LinkedHashMap<>();
    /** Each session's latest run: a new run stops the one before it if it is still waiting or running. */
    private final Map<String, LiveRun> latest = new LinkedHashMap<>(16, 0.75f, true);

    RunBook(Path work, int runsKept) {
        this.work = work;
        this.runsKept = runsKept;
    }

    /** An id no one can guess: 128 random bits. */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A new run for a session; returns it and the session's run before it (or null). */
    synchronized LiveRun[] add(String session, PreparedRun prepared) {
        String id = newId();
        LiveRun run = new LiveRun(id, session, prepared, work.resolve(id));
        runs.put(id, run);
        LiveRun before = latest.put(session, run);
        if (latest.size() > 10 * runsKept) {
            var it = latest.entrySet().iterator();
            it.next();
            it.remove();
        }
        evict();
        return new LiveRun[] {run, before};
    }

    /** The run with this id if it belongs to this session; null otherwise (another session's run is not found, not forbidden). */
    synchronized LiveRun get(String session, String id) {
        LiveRun r = id == null ? null : runs.get(id);
        return r != null && r.session.equals(session) ? r : null;
    }

    synchronized int size() {
        return runs.size();
    }

    /** Drops the oldest finished runs beyond the limit, with their folders. */
    synchronized void evict() {
        List<LiveRun> finished = new ArrayList<>();
        for (LiveRun r : runs.values()) if (r.finished() && r.pending() == null) finished.add(r);
        for (int k = 0; k < finished.size() - runsKept; k++) {
            LiveRun r = finished.get(k);
            runs.remove(r.id);
            delete(r.dir);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a folder left in the server's temporary work folder is removed when the server stops
        }
    }
}
