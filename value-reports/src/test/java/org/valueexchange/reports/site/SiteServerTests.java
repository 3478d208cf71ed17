package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server, spoken to as a browser or an attacker's page would, over a socket. */
class SiteServerTests {

    @TempDir
    Path site;

    /** The response to {@code request} (the request line and headers, without the blank line). */
    private static String ask(SiteServer server, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((request + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SiteServer serving() throws IOException {
        Files.writeString(site.resolve("index.html"), "<h1>Portfolio</h1>");
        return SiteServer.start(site, 0);
    }

    @Test
    void answersRequestsForItsLoopbackNames() throws IOException {
        try (SiteServer server = serving()) {
            int port = server.uri().getPort();
            for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port,
                    "[::1]:" + port, "localhost"}) {
                assertThat(ask(server, "GET / HTTP/1.1\r\nHost: " + host)).as(host)
                        .startsWith("HTTP/1.1 200 ").endsWith("<h1>Portfolio</h1>");
            }
        }
    }

    @Test
    void refusesAPageThatPointsANameOfItsOwnHere() throws IOException {
        try (SiteServer server = serving()) {
            int port = server.uri().getPort();
            for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port,
                    "localhost:" + (port + 1), "localhost.:" + port}) {
                assertThat(ask(server, "GET / HTTP/1.1\r\nHost: " + host)).as(host)
                        .startsWith("HTTP/1.1 403 ").doesNotContain("Portfolio");
            }
        }
    }

    @Test
    void aNulOrAPathOutsideTheSiteIsNotFound() throws IOException {
        Files.writeString(site.resolveSibling(site.getFileName() + "-secret.txt"), "secret");
        try (SiteServer server = serving()) {
            String host = "\r\nHost: 127.0.0.1:" + server.uri().getPort();
            assertThat(ask(server, "GET /%00 HTTP/1.1" + host)).startsWith("HTTP/1.1 404 ");
            assertThat(ask(server, "GET /index.html%00.css HTTP/1.1" + host)).startsWith("HTTP/1.1 404 ");
            assertThat(ask(server, "GET /../" + site.getFileName() + "-secret.txt HTTP/1.1" + host))
                    .startsWith("HTTP/1.1 404 ").doesNotContain("secret");
            assertThat(ask(server, "POST / HTTP/1.1" + host + "\r\nContent-Length: 0")).startsWith("HTTP/1.1 405 ");
        }
    }
}
