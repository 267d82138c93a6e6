package odsim.cli;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import odsim.web.ScenarioCatalog;
import odsim.web.WebServer;
import odsim.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Serve the browser app: a class or a meeting runs the model from their browsers.",
        description = {
            "Serve one page to any number of browsers: pick a shipped scenario or a",
            "teaching exercise, move the levers, run, and watch deaths per month, people",
            "in each state and costs drawn as the run proceeds, beside the baseline's",
            "curve and its band; follow a person's story; download the run's series.csv",
            "and the comparison's report.html. Each browser sees its own runs only.",
            "Runs wait in a queue, --max-running at once; their size and length are capped.",
            "Results equal 'odsim run SCENARIO --replications 1 --seed S --agents N",
            "--set ...' (the page shows that command under each run).",
            "",
            "Safe by default: it listens on this machine only (127.0.0.1). With --host",
            "0.0.0.0 (a classroom network) it prints a join address holding a short",
            "random token; requests without the token are refused (403).",
            ""})
final class ServeCommand implements Callable<Integer> {
    /** Letters and digits that cannot be misread when copied from a projector: no 0/O, 1/l/I. */
    private static final String TOKEN_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "A scenario file offered first, besides the shipped ones (default: the teaching exercises first)")
    Path scenarioFile;

    @Option(names = {"-p", "--port"}, paramLabel = "P", defaultValue = "8080", description = "Port to listen on; 0 takes any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for every network, with a token")
    String host;

    @Option(names = "--max-agents", paramLabel = "N", defaultValue = "20000",
            description = "Most agents a browser's run may simulate (default: ${DEFAULT-VALUE}; a teaching exercise at 20,000 agents, 16 years with its warm-up, ran in 2.5 s on one core here)")
    int maxAgents;

    @Option(names = "--max-years", paramLabel = "Y", defaultValue = "20",
            description = "Longest run a browser may ask for, warm-up included, in years (default: ${DEFAULT-VALUE})")
    double maxYears;

    @Option(names = "--max-running", paramLabel = "K", description = "Runs in flight at once, each on one thread (default: the cores, here ${sys:odsim.cores})")
    Integer maxRunning;

    @Option(names = "--max-waiting", paramLabel = "W", defaultValue = "100",
            description = "Runs that may wait in the queue; more are turned away with a message (default: ${DEFAULT-VALUE})")
    int maxWaiting;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", defaultValue = "5",
            description = "Replications behind the baseline's band, and of each scenario in a report (default: ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--keep-runs", paramLabel = "N", defaultValue = "200",
            description = "Finished runs kept (their curves and files); older ones are dropped (default: ${DEFAULT-VALUE})")
    int keepRuns;

    static {
        System.setProperty("odsim.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws Exception {
        WebSettings settings = settings(null);
        if (!settings.loopbackOnly()) settings = settings(token());
        ScenarioCatalog catalog = ScenarioCatalog.load(scenarioFile);
        var out = spec.commandLine().getOut();
        WebServer server;
        try {
            server = WebServer.start(settings, catalog);
        } catch (IOException e) {
            throw new UserError(e.getMessage() + (port != 0 ? "; choose another --port" : ""));
        }
        try (server) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "odsim-serve-stop"));
            if (settings.loopbackOnly()) {
                out.println("odsim serve: open " + server.address(host.equals("localhost") ? "localhost" : host.equals("::1") ? "::1" : "127.0.0.1")
                        + " in a browser on this machine");
            } else {
                out.println("odsim serve: listening on " + host + ":" + server.port() + "; join address (it holds the token; requests without it get 403):");
                for (String a : addressesFor(host)) out.println("  " + server.address(a));
            }
            out.printf("runs: at most %d agents and %s years each, %d at once, %d waiting; Ctrl-C stops%n", settings.maxAgents(),
                    trim(settings.maxYears()), settings.maxRunning(), settings.maxWaiting());
            out.flush();
            server.join();
        }
        return 0;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private WebSettings settings(String token) {
        if (port < 0 || port > 65_535) throw new UserError("--port: found " + port + "; allowed 0 to 65535 (0: any free port)");
        if (host == null || host.isBlank()) throw new UserError("--host: empty; give an address such as 127.0.0.1 or 0.0.0.0");
        if (maxAgents < 1 || maxAgents > 50_000_000) throw new UserError("--max-agents: found " + maxAgents + "; allowed 1 to 50000000");
        if (!(maxYears > 0 && maxYears <= 200)) throw new UserError("--max-years: found " + maxYears + "; allowed more than 0, up to 200");
        if (maxRunning != null && (maxRunning < 1 || maxRunning > 1024)) throw new UserError("--max-running: found " + maxRunning + "; allowed 1 to 1024");
        int running = maxRunning != null ? maxRunning : Runtime.getRuntime().availableProcessors();
        if (maxWaiting < 1 || maxWaiting > 100_000) throw new UserError("--max-waiting: found " + maxWaiting + "; allowed 1 to 100000");
        if (replications < 1 || replications > 1000) throw new UserError("--replications: found " + replications + "; allowed 1 to 1000");
        if (keepRuns < 1 || keepRuns > 100_000) throw new UserError("--keep-runs: found " + keepRuns + "; allowed 1 to 100000");
        return new WebSettings(host.strip(), port, maxAgents, maxYears, running, maxWaiting, keepRuns, token, replications);
    }

    /** A short random token: 8 characters from 31, about 40 bits; enough against guessing on a classroom network, short enough to type. */
    static String token() {
        SecureRandom random = new SecureRandom();
        StringBuilder t = new StringBuilder();
        for (int k = 0; k < 8; k++) t.append(TOKEN_LETTERS.charAt(random.nextInt(TOKEN_LETTERS.length())));
        return t.toString();
    }

    /** The addresses other machines can use: this machine's own (IPv4, not loopback) when listening on every interface. */
    private static List<String> addressesFor(String host) {
        if (!host.equals("0.0.0.0") && !host.equals("::")) return List.of(host);
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address) out.add(a.getHostAddress());
                }
            }
        } catch (SocketException e) {
            // fall back to the host name below
        }
        if (out.isEmpty()) out.add("<this machine's address>");
        return out;
    }
}
