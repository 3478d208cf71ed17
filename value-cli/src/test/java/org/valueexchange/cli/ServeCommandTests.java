package org.valueexchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTests {

    @TempDir
    Path dir;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void servesTheSiteOnLoopbackAndRebuildsWhenAPlanChanges() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path acme = Cli.write(plans, "accounts/acme.yaml", Plans.BALANCED);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ValueCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(cli.execute(Cli.withAsOf("serve", plans.toString(), "--port", "0",
                "-o", dir.resolve("site").toString()))));
        serve.start();
        try {
            await(() -> out.toString().contains("Serving http://127.0.0.1:"), "the server to start; err: " + err);
            Matcher m = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
            assertThat(m.find()).isTrue();
            URI base = URI.create(m.group(1));
            assertThat(get(base).body()).contains("Acme Retail");
            assertThat(get(base.resolve("accounts/acme.html")).statusCode()).isEqualTo(200);
            assertThat(get(base.resolve("../../etc/passwd")).statusCode()).isEqualTo(404);
            assertThat(get(base.resolve("%2e%2e/%2e%2e/etc/passwd")).statusCode()).isEqualTo(404);

            Files.writeString(acme, Plans.BALANCED.replace("Acme Retail", "Acme Renamed"));
            await(() -> out.toString().contains("rebuilt in "), "a rebuild; err: " + err);
            await(() -> {
                try {
                    return get(base.resolve("accounts/acme.html")).body().contains("Acme Renamed");
                } catch (Exception e) {
                    return false;
                }
            }, "the renamed account on the served page");

            Files.writeString(acme, Plans.UNCLOSED_BRACKET);
            await(() -> err.toString().contains("still serving the last good site"), "the problems to be reported");
            assertThat(err.toString()).contains("acme.yaml:5:65: invalid YAML");
            assertThat(get(base.resolve("accounts/acme.html")).body()).contains("Acme Renamed");
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
        assertThat(exit.get()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aTemporarySiteIsRemovedWhenServingEnds() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Cli.write(plans, "accounts/acme.yaml", Plans.BALANCED);
        StringWriter out = new StringWriter();
        CommandLine cli = ValueCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        Thread serve = new Thread(() -> cli.execute(Cli.withAsOf("serve", plans.toString(), "--port", "0")));
        serve.start();
        Path site;
        try {
            await(() -> out.toString().contains("Serving http://"), "the server to start");
            Matcher m = Pattern.compile(" from (\\S+) \\(Ctrl-C").matcher(out.toString());
            assertThat(m.find()).isTrue();
            site = Path.of(m.group(1));
            assertThat(site.resolve("index.html")).exists();
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
        assertThat(site).doesNotExist();
    }

    @Test
    void invalidPlansAtStartAreExitCodeTwo() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Cli.write(plans, "a.yaml", Plans.UNCLOSED_BRACKET);
        Cli.Run run = Cli.run("serve", plans.toString(), "--port", "0", "-o", dir.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("a.yaml:5:65: invalid YAML");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String port : new String[] {"99999", "-1", "65536"}) {
            Cli.Run run = Cli.run("serve", plans.toString(), "--port", port);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.err()).startsWith("value serve: Invalid value for option '--port': " + port + " is not a port")
                    .doesNotContain("internal error", "Exception");
        }
    }
}
