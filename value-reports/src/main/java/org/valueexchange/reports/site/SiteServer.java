package org.valueexchange.reports.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a built site on the loopback interface only, for previewing. Serves files inside the
 * site folder and nothing else; a request that resolves outside it is not found.
 *
 * <p>It answers only requests addressed to this machine by its loopback names
 * ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}): a page elsewhere that points a name of
 * its own at 127.0.0.1 (DNS rebinding) gets 403, not the account plans' review.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "md", "text/markdown; charset=utf-8");

    private final HttpServer server;
    private final Path root;

    private SiteServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts serving {@code root} on 127.0.0.1:{@code port}; port 0 picks a free one. */
    public static SiteServer start(Path root, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        SiteServer server = new SiteServer(http, root.toAbsolutePath().normalize());
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!addressedHere(exchange.getRequestHeaders().getFirst("Host"))) {
                refuse(exchange, 403, "forbidden: this preview answers only to 127.0.0.1 and localhost");
                return;
            }
            boolean ok = "GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod());
            if (!ok) {
                refuse(exchange, 405, "method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Path file;
            try {
                file = path.contains("\0") ? null : root.resolve(path.substring(1)).normalize();
            } catch (InvalidPathException notAPath) {
                file = null;
            }
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                refuse(exchange, 404, "not found");
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Whether a request's {@code Host} names this server by a loopback name; none, as HTTP/1.0 may send, does. */
    private boolean addressedHere(String host) {
        if (host == null) {
            return true;
        }
        String port = ":" + server.getAddress().getPort();
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(port)) {
            name = name.substring(0, name.length() - port.length());
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static void refuse(HttpExchange exchange, int status, String why) throws IOException {
        byte[] body = why.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
