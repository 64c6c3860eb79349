package dk.kantinekort.pos.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: the request target goes on the wire exactly as given (no client normalises,
 * encodes or rejects it), as an attacker would send it.
 */
public final class RawHttp {

    /** The status line's code, the header block and the body as text. */
    public record Response(int status, String head, String body) {

        public boolean isProblem() {
            return head.toLowerCase().contains("content-type: application/problem+json");
        }
    }

    private RawHttp() {
    }

    public static Response send(int port, String method, String target, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "localhost:" + port);
        all.putAll(headers);
        all.put("Connection", "close");
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            all.put("Content-Length", Integer.toString(payload.length));
        }
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            // one write: a server that answers before reading the body must not meet a late body (a reset)
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            bytes.write(payload);
            OutputStream out = socket.getOutputStream();
            out.write(bytes.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (SocketException e) {
                if (received.size() == 0) {
                    throw e;
                }
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String rest = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head, rest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
