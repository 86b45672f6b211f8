import com.fasterxml.jackson.core.*;
import java.io.*;
import java.nio.file.*;

/** Per-document cost of turning PostgreSQL's JSON text into response JSON: Jackson token copy vs a raw byte copy. */
public class Transcode {
    static final JsonFactory F = new JsonFactory();

    // (a) what the writers do today, in essence: parse every token, copy strings and numbers through the generator
    static int jackson(byte[] in, ByteArrayOutputStream out) throws IOException {
        out.reset();
        try (JsonParser p = F.createParser(in); JsonGenerator g = F.createGenerator(out)) {
            int n = 0;
            while (p.nextToken() != null) { g.copyCurrentEvent(p); n++; }
            return n;
        }
    }

    // (b) the same, with numbers of the form seconds.micros read as longs (what an integer microseconds slot would cost)
    static int jacksonSkipOnly(byte[] in) throws IOException {
        try (JsonParser p = F.createParser(in)) {
            int n = 0;
            while (p.nextToken() != null) { n++; }
            return n;
        }
    }

    // (c) a raw copy: tokens located by a minimal scanner, strings and numbers copied as bytes (they are JSON already)
    static int raw(byte[] in, byte[] out) {
        int o = 0, n = 0;
        for (int i = 0; i < in.length; ) {
            byte b = in[i];
            if (b == '"') {
                int j = i + 1;
                while (in[j] != '"') { j += in[j] == '\\' ? 2 : 1; }
                System.arraycopy(in, i, out, o, j + 1 - i); o += j + 1 - i; i = j + 1; n++;
            } else if (b == ' ' || b == '\n') { i++; }
            else { out[o++] = b; i++; if (b == '[' || b == ']' || b == ',') n++; }
        }
        return o;
    }

    public static void main(String[] args) throws Exception {
        byte[] in = Files.readAllBytes(Path.of(args[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 2);
        byte[] rawOut = new byte[in.length * 2];
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            int iters = 20000;
            long t0 = System.nanoTime();
            for (int i = 0; i < iters; i++) sink += jackson(in, out);
            long t1 = System.nanoTime();
            for (int i = 0; i < iters; i++) sink += jacksonSkipOnly(in);
            long t2 = System.nanoTime();
            for (int i = 0; i < iters; i++) sink += raw(in, rawOut);
            long t3 = System.nanoTime();
            System.out.printf("%d bytes: jackson copy %.1f us, jackson tokens only %.1f us, raw copy %.1f us%n", in.length,
                    (t1 - t0) / 1e3 / iters, (t2 - t1) / 1e3 / iters, (t3 - t2) / 1e3 / iters);
        }
        System.out.println(sink);
    }
}
