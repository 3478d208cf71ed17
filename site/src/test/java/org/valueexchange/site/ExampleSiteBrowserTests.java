package org.valueexchange.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens the example site in headless Chromium. Skipped, saying so, where Chromium is not
 * installed; in CI (the CI variable set) a missing browser fails the build instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleSiteBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SUB_PATH = "/reviews/2026/";

    private final Path site = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private WebDriver driver;
    private HttpServer server;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            fail("CI needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
        }
        assumeTrue(installed, "browser tests skipped: install Debian's chromium and chromium-driver to run them");
        assertThat(site.resolve("index.html")).as("the site module builds the example site first").exists();
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,2200");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(SUB_PATH, exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(SUB_PATH.length())).normalize();
            boolean ok = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = ok ? Files.readAllBytes(file) : "not found".getBytes();
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
            exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private List<String> severeConsoleMessages() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(entry.getMessage());
            }
        }
        return severe;
    }

    /**
     * Visits every page reachable from {@code start} by internal links and checks that each
     * loads without console errors, and that every link and anchor resolves.
     */
    private Set<String> crawl(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty()) {
            String page = queue.pop();
            if (!seen.add(page)) {
                continue;
            }
            driver.get(page);
            assertThat(driver.getTitle()).as("title of %s", page).isNotBlank();
            assertThat(severeConsoleMessages()).as("console errors on %s", page).isEmpty();
            assertThat(driver.findElements(By.cssSelector("link[rel=stylesheet]"))).as("stylesheet on %s", page)
                    .isNotEmpty();
            for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
                String href = link.getDomProperty("href");
                if (!href.startsWith(siteRoot(start))) {
                    if (href.startsWith("file:") || href.contains("127.0.0.1")) {
                        broken.add(page + " -> " + href + " (outside the site)");
                    }
                    continue;
                }
                URI uri = URI.create(href);
                String target = href.split("#", 2)[0];
                if (uri.getFragment() != null && target.equals(page)
                        && driver.findElements(By.id(uri.getFragment())).isEmpty()) {
                    broken.add(page + " -> #" + uri.getFragment());
                }
                if (!seen.contains(target)) {
                    queue.add(target);
                }
            }
        }
        assertThat(broken).as("broken internal links").isEmpty();
        return seen;
    }

    private static String siteRoot(String start) {
        return start.substring(0, start.lastIndexOf('/') + 1);
    }

    private int accountPages() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("accounts"))) {
            return (int) files.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    @Test
    void everyPageLoadsFromDiskWithoutErrorsAndEveryLinkResolves() throws IOException {
        Set<String> pages = crawl(site.resolve("index.html").toUri().toString());
        assertThat(pages).hasSize(accountPages() + 7);
    }

    @Test
    void theSiteWorksUnderAUrlSubPath() throws IOException {
        String index = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH + "index.html";
        Set<String> pages = crawl(index);
        assertThat(pages).hasSize(accountPages() + 7);
        driver.get(index);
        String background = driver.findElement(By.cssSelector("header.top"))
                .getCssValue("background-color");
        assertThat(background).as("style.css applies under the sub-path").isEqualTo("rgba(20, 35, 58, 1)");
    }

    @Test
    void everyChartIsThereWithATitle() throws IOException {
        driver.get(site.resolve("index.html").toUri().toString());
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg[role=img]"));
        assertThat(charts).hasSize(2);
        for (WebElement chart : charts) {
            assertThat(chart.findElement(By.tagName("title")).getDomProperty("textContent")).isNotBlank();
            assertThat(chart.getRect().getWidth()).isGreaterThan(200);
        }
        assertThat(driver.findElements(By.cssSelector("#matrix svg a"))).hasSize(accountPages());
        try (Stream<Path> files = Files.list(site.resolve("accounts"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                driver.get(page.toUri().toString());
                // The trend, the matrix and the stakeholder map: every example lists stakeholders.
                assertThat(driver.findElements(By.cssSelector("figure.chart svg[role=img]"))).as("%s", page)
                        .hasSize(3);
                assertThat(driver.findElements(By.cssSelector("#trend-t"))).as("%s", page).hasSize(1);
                WebElement map = driver.findElement(By.cssSelector("figure.orgchart svg"));
                assertThat(map.findElement(By.tagName("title")).getDomProperty("textContent"))
                        .as("%s", page).startsWith("Stakeholder map: ");
                assertThat(map.findElements(By.cssSelector("g.person"))).as("%s", page).isNotEmpty();
            }
        }
    }

    @Test
    void savesScreenshotsOfTheIndexAndAnAccountOnDesktopAndPhone() throws IOException {
        Files.createDirectories(screenshots);
        String account;
        try (Stream<Path> files = Files.list(site.resolve("accounts"))) {
            account = files.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow()
                    .toUri().toString();
        }
        shoot(site.resolve("index.html").toUri().toString(), "index.png", new Dimension(1280, 2200));
        shoot(account, "account.png", new Dimension(1280, 2600));
        shoot(site.resolve("index.html").toUri().toString(), "index-phone.png", new Dimension(390, 1600));
        Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        Object wide = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                        + " > document.documentElement.clientWidth + 1 && !e.closest('.scroll'))"
                        + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
        assertThat(scroll.intValue()).as("no sideways scrolling on a phone; too wide: %s", wide)
                .isLessThanOrEqualTo(400);
        assertThat(screenshots.resolve("index.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("account.png")).isNotEmptyFile();
        driver.manage().window().setSize(new Dimension(1280, 2200));
    }

    private void shoot(String url, String name, Dimension size) throws IOException {
        driver.manage().window().setSize(size);
        driver.get(url);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
