package org.symbolon.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One GreenMail SMTP server for the whole test run, on a port chosen once, so that a test can stop
 * it (a mail server that is down) and start it again where the server under test expects it.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestMailServer() {
    }

    /** Points the server under test at this mail server: plain SMTP on the loopback, short timeouts. */
    public static void configure(DynamicPropertyRegistry registry) {
        registry.add("symbolon.mail.host", () -> "127.0.0.1");
        registry.add("symbolon.mail.port", () -> PORT);
        registry.add("symbolon.mail.security", () -> "NONE");
        registry.add("symbolon.mail.from", () -> "symbolon@example.org");
        registry.add("symbolon.mail.connect-timeout", () -> "2s");
        registry.add("symbolon.mail.timeout", () -> "5s");
    }

    /** The running server with an empty mailbox. */
    public static synchronized GreenMail emptied() {
        start();
        try {
            SMTP.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return SMTP;
    }

    public static synchronized void start() {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
    }

    public static synchronized void stop() {
        SMTP.stop();
    }

    /** Waits until {@code count} mails in all have arrived (at most 15 s) and returns them in order of arrival. */
    public static List<ReceivedMail> awaitMails(int count) {
        assertThat(SMTP.waitForIncomingEmail(15_000, count)).as("%d mails arrived", count).isTrue();
        return Arrays.stream(SMTP.getReceivedMessages()).map(TestMailServer::read).toList();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            return ReceivedMail.of(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
