package org.partnersandbox.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: what no well-behaved client will send
 * (bad percent-encoding, {@code ..} segments, a header line without a colon, two
 * {@code Content-Length}s, a body longer than its length). One request per connection.
 */
final class RawHttp {

    /** A response: status, headers (lower-case names, first value), body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Each header line is sent as given ("Name: value", or anything else); Host and Connection: close are added. */
    Answer send(String method, String target, List<String> headerLines, byte[] body) throws IOException {
        return send(method, target, headerLines, body, false);
    }

    /** As {@link #send}, then the sending side closed: a body shorter than its Content-Length ends there. */
    Answer sendAndStop(String method, String target, List<String> headerLines, byte[] body) throws IOException {
        return send(method, target, headerLines, body, true);
    }

    private Answer send(String method, String target, List<String> headerLines, byte[] body, boolean stop) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("Connection: close\r\n");
            headerLines.forEach(line -> head.append(line).append("\r\n"));
            head.append("\r\n");
            // ISO-8859-1: header bytes as the test wrote them (odd Unicode goes in already encoded)
            request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
                if (stop) {
                    socket.shutdownOutput();
                }
            } catch (SocketException refusedEarly) {
                // the server may answer (413, 431) and close before reading everything: read that answer
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("no complete HTTP answer: '" + text + "'");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        String length = headers.get("content-length");
        int bodyLength = length == null ? rest.length : Math.min(rest.length, Integer.parseInt(length));
        return new Answer(status, headers, new String(rest, 0, bodyLength, StandardCharsets.UTF_8));
    }
}
