package odsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** odsim serve's options: bad values are exit 2 with one line; a port in use says so. */
class ServeCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void badOptionsAreBadInput() {
        String[][] cases = {
            {"--port", "70000", "odsim: error: --port: found 70000; allowed 0 to 65535 (0: any free port)"},
            {"--max-agents", "0", "odsim: error: --max-agents: found 0; allowed 1 to 50000000"},
            {"--max-years", "-1", "odsim: error: --max-years: found -1.0; allowed more than 0, up to 200"},
            {"--max-running", "0", "odsim: error: --max-running: found 0; allowed 1 to 1024"},
            {"--replications", "0", "odsim: error: --replications: found 0; allowed 1 to 1000"},
        };
        for (String[] c : cases) {
            String[] r = run("serve", c[0], c[1]);
            assertEquals("2", r[0], c[0]);
            assertEquals(c[2], r[2].strip(), c[0]);
        }
        String[] typo = run("serve", "--prot", "8080");
        assertEquals("2", typo[0]);
        assertTrue(typo[2].startsWith("odsim: error: Unknown option: '--prot'"), typo[2]);
        String[] missing = run("serve", "no-such.yaml");
        assertEquals("2", missing[0]);
        assertTrue(missing[2].startsWith("odsim: error: no-such.yaml"), missing[2]);
    }

    @Test
    void aPortInUseIsBadInputNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String[] r = run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals("2", r[0]);
            assertTrue(r[2].startsWith("odsim: error: cannot listen on 127.0.0.1:" + taken.getLocalPort()) && r[2].contains("choose another --port"), r[2]);
            assertTrue(!r[2].contains("\tat "), "no stack trace: " + r[2]);
        }
    }

    @Test
    void theHelpSaysWhatIsSafeByDefault() {
        String[] r = run("serve", "--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("127.0.0.1") && r[1].contains("token") && r[1].contains("--max-running"), r[1]);
        assertTrue(ServeCommand.token().matches("[a-z2-9]{8}"));
    }
}
