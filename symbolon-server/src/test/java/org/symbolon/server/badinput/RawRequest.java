package org.symbolon.server.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.symbolon.server.testing.HttpSession;

/** A request written to the socket as it is, for the bad-input tests: what java.net.http would refuse to send. */
final class RawRequest {

    private RawRequest() {
    }

    /**
     * Sends the request as given, with the client's cookies and CSRF token: java.net.URI refuses
     * malformed escapes and raw bytes, and HttpSession always says application/json. HTTP/1.0, so
     * that the answer is not chunked and ends with the connection.
     */
    static HttpSession.Response send(int port, HttpSession client, String method, String path, String contentType,
            String body) {
        String csrf = client.csrfCookie().orElse("");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nCookie: SYMBOLON_SESSION="
                + client.sessionCookie() + "; XSRF-TOKEN=" + csrf + "\r\nX-XSRF-TOKEN: " + csrf + "\r\nContent-Type: "
                + contentType + "\r\nAccept: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(concat(head.getBytes(StandardCharsets.ISO_8859_1), bytes));
            } catch (IOException closedEarly) {
                // Tomcat answers a request line over its limit at once and closes: the rest of
                // the request then meets a closed connection. Its answer may still be readable.
            }
            String answer = readAnswer(socket);
            int end = answer.indexOf("\r\n\r\n");
            if (end < 0) {
                return new HttpSession.Response(400, "[the server closed the connection without an answer]",
                        HttpHeaders.of(Map.of(), (name, value) -> true));
            }
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = Arrays.stream(lines).skip(1).map(line -> line.split(":", 2))
                    .collect(Collectors.toMap(header -> header[0].trim(), header -> List.of(header[1].trim()),
                            (first, second) -> first, () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER)));
            byte[] text = answer.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
            return new HttpSession.Response(Integer.parseInt(lines[0].split(" ")[1]),
                    new String(text, StandardCharsets.UTF_8), HttpHeaders.of(headers, (name, value) -> true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server sent; empty when it reset the connection instead (see above). A timeout is no answer. */
    private static String readAnswer(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketException reset) {
            return "";
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

}
