package io.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Debian's Varnish with the project's VCL ({@code deploy/varnish/default.vcl}) in front of the application under
 * test, on free ports, and the service configured to purge it: a test resource, which starts it before the
 * application (the VCL names the application's port, which it chooses), and an execution condition, which skips the
 * tests that need it where {@code varnishd} or its xkey vmod is not installed, saying how to install them.
 */
public final class Varnish implements QuarkusTestResourceLifecycleManager, ExecutionCondition {

    private static final Path VARNISHD = Path.of(System.getProperty("varnishd", "/usr/sbin/varnishd"));
    private static final Path XKEY = Path.of("/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so");
    private static final Path VCL = Path.of("deploy", "varnish", "default.vcl");
    private static final String NOT_INSTALLED = "Varnish or its xkey vmod is not installed, so the tests through"
            + " Varnish are skipped: install them with `apt-get install varnish varnish-modules` (Debian), or name"
            + " varnishd with -Dvarnishd=...";

    /** Where the tests reach Varnish; null until it started. */
    private static volatile String url;

    private static volatile Process varnishd;
    private static volatile ProcessBuilder command;
    private static volatile int port;

    /** The address of Varnish in front of the application. */
    public static String url() {
        return url;
    }

    static boolean installed() {
        return Files.isExecutable(VARNISHD) && Files.exists(XKEY);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return installed() ? ConditionEvaluationResult.enabled("Varnish is installed")
                : ConditionEvaluationResult.disabled(NOT_INSTALLED);
    }

    @Override
    public Map<String, String> start() {
        if (!installed()) {
            return Map.of();
        }
        int application = freePort();
        port = freePort();
        try {
            Path work = Files.createTempDirectory("newsgraph-varnish");
            // varnishd drops its privileges: its working directory must be theirs to read
            work.toFile().setReadable(true, false);
            work.toFile().setExecutable(true, false);
            Path vcl = work.resolve("default.vcl");
            Files.writeString(vcl, Files.readString(VCL).replace(".port = \"8080\"", ".port = \"" + application + "\""));
            vcl.toFile().setReadable(true, false);
            command = new ProcessBuilder(List.of(VARNISHD.toString(), "-F", "-n", work.resolve("state").toString(),
                    "-a", "127.0.0.1:" + port, "-f", vcl.toAbsolutePath().toString(), "-s", "malloc,32m",
                    "-p", "http_resp_hdr_len=16k", "-p", "http_resp_size=64k"))
                    .redirectErrorStream(true).redirectOutput(work.resolve("varnishd.log").toFile());
            varnishd = command.start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        url = "http://127.0.0.1:" + port;
        return Map.of("quarkus.http.test-port", Integer.toString(application),
                "newsgraph.edge.purge.target", "varnish",
                "newsgraph.edge.purge.varnish-urls", url,
                "newsgraph.edge.purge.max-retry-delay", "1S");
    }

    @Override
    public void stop() {
        if (varnishd != null) {
            varnishd.destroy();
            url = null;
        }
    }

    /** Stops Varnish, runs {@code whileDown}, and starts Varnish again on the same port, with nothing kept. */
    public static void down(Runnable whileDown) {
        try {
            varnishd.destroy();
            varnishd.waitFor(30, TimeUnit.SECONDS);
            whileDown.run();
            varnishd = command.start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!varnishd.isAlive()) {
                throw new IllegalStateException("varnishd exited with " + varnishd.exitValue());
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                if (socket.isConnected()) {
                    return;
                }
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("varnishd did not listen on " + port + " within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
