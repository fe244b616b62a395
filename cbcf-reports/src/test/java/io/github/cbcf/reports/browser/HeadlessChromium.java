package io.github.cbcf.reports.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through its chromedriver, over the W3C WebDriver protocol
 * (plain HTTP on a loopback port), so that no driver or browser is downloaded at test time. One
 * instance is one browser session; close it.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("cbcf.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("cbcf.chromedriver", "/usr/bin/chromedriver"));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START_LIMIT = Duration.ofSeconds(30);

  private final Process driver;
  private final String base;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String session;
  private final Path profile;

  private HeadlessChromium(Process driver, String base, Path profile, String session) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
    this.session = session;
  }

  /** A desktop browser whose window is this wide. */
  static HeadlessChromium desktop(int width, int height) throws IOException, InterruptedException {
    return start(List.of("--window-size=" + width + "," + height), Map.of());
  }

  /** A phone: the viewport is this many CSS pixels wide, as Chrome's device emulation sets it. */
  static HeadlessChromium phone(int width, int height) throws IOException, InterruptedException {
    return start(
        List.of(),
        Map.of(
            "mobileEmulation",
            Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.6))));
  }

  private static HeadlessChromium start(List<String> extraArgs, Map<String, Object> extraOptions)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: install Debian's chromium and chromium-driver packages (.ci/run does)");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String base = "http://127.0.0.1:" + port;
    Path profile = Files.createTempDirectory("cbcf-chromium-");
    HttpClient http = HttpClient.newHttpClient();
    try {
      awaitReady(http, base);
      List<String> args =
          new java.util.ArrayList<>(
              List.of(
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--user-data-dir=" + profile));
      args.addAll(extraArgs);
      Map<String, Object> options = new java.util.HashMap<>(extraOptions);
      options.put("binary", CHROMIUM.toString());
      options.put("args", args);
      JsonNode created =
          send(
              http,
              base + "/session",
              "POST",
              Map.of("capabilities", Map.of("alwaysMatch", Map.of("goog:chromeOptions", options))));
      return new HeadlessChromium(
          driver, base, profile, created.path("value").path("sessionId").asText());
    } catch (IOException | InterruptedException | RuntimeException e) {
      driver.destroy();
      throw e;
    }
  }

  private static void awaitReady(HttpClient http, String base)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (true) {
      try {
        if (send(http, base + "/status", "GET", null).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("chromedriver did not start within " + START_LIMIT, e);
        }
      }
      Thread.sleep(100);
    }
  }

  void open(Path file) throws IOException, InterruptedException {
    send(http, url("/url"), "POST", Map.of("url", file.toUri().toString()));
  }

  /** Runs a script in the page and gives back what it returned, as JSON. */
  JsonNode run(String script) throws IOException, InterruptedException {
    return send(http, url("/execute/sync"), "POST", Map.of("script", script, "args", List.of()))
        .path("value");
  }

  private String url(String path) {
    return base + "/session/" + session + path;
  }

  private static JsonNode send(HttpClient http, String url, String method, Object body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode answer = JSON.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "chromedriver "
              + method
              + " "
              + url
              + " answered "
              + response.statusCode()
              + ": "
              + answer.path("value").path("message").asText(response.body()));
    }
    return answer;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      send(http, base + "/session/" + session, "DELETE", null);
    } finally {
      driver.destroy();
      driver.waitFor();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
