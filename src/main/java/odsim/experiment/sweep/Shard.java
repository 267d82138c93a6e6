package odsim.experiment.sweep;

/**
 * One deterministic share of a sweep's runs, {@code index} of {@code count}, both 1-based like
 * Slurm's {@code --array=1-n}: shard i holds the runs whose number {@code mod count} is {@code i - 1}.
 * Every run is in exactly one shard, and shards are about equal whatever the design.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected i/n with 1 <= i <= n");
        }
    }

    /** Parses {@code i/n}; null for malformed text. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) return null;
        try {
            int i = Integer.parseInt(parts[0].trim()), n = Integer.parseInt(parts[1].trim());
            return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public boolean contains(int run) {
        return run % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
