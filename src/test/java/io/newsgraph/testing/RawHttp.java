package io.newsgraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 written by hand to the service under test, for what an HTTP client library will not send: repeated headers
 * in a given order, a request from a loopback address of the test's choosing, headers that never end.
 */
public final class RawHttp {

    /** CR LF CR LF, as four bytes of an int. */
    private static final int END_OF_HEAD = 0x0d0a0d0a;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    private RawHttp() {
    }

    /** Opens a connection to the service from this loopback address (127.0.0.1 is the tests' trusted proxy). */
    public static Socket connect(String localAddress) {
        try {
            return new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port, InetAddress.getByName(localAddress),
                    0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a POST of this JSON body to {@code /graphql}, with these header lines; the whole response. */
    public static String postGraphQL(String localAddress, String headerLines, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(localAddress, ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + headerLines + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n"), bytes);
    }

    /**
     * Sends a request's head (its lines, each ended with CRLF, then an empty line) and body; the response, its head and
     * as many bytes of body as its Content-Length says (to the end of the connection without one).
     */
    public static String exchange(String localAddress, String head, byte[] body) {
        try (Socket socket = connect(localAddress)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        // the last four bytes read, to see the empty line that ends the head
        int last = 0;
        while (last != END_OF_HEAD) {
            int b = in.read();
            if (b < 0) {
                return response.toString(StandardCharsets.UTF_8);
            }
            response.write(b);
            last = last << 8 | b;
        }
        Matcher length = CONTENT_LENGTH.matcher(response.toString(StandardCharsets.US_ASCII));
        response.write(length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes());
        return response.toString(StandardCharsets.UTF_8);
    }
}
