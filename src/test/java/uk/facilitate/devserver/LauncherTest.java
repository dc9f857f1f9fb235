package uk.facilitate.devserver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Start-up against an unreachable database fails with one readable sentence, never the password. */
class LauncherTest {

    @Test
    void anUnreachableDatabaseIsNamedWithWhatToCheckAndNoPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free now, closed when the block ends: nobody listens
        }
        String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/facilitate?sslMode=DISABLED&connectTimeout=2000";

        String message = Launcher.checkConnection(url, "facilitate", "s3cret-Password!", Duration.ZERO);

        assertTrue(message.contains(url), message);
        assertTrue(message.contains("check the host and port in DB_URL"), message);
        assertFalse(message.contains("s3cret-Password!"), "the password never appears");
        assertFalse(message.contains("\n"), "one line, not a stack trace");
    }
}
