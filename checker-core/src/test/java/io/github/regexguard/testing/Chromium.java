package io.github.regexguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A headless Chromium driven over the DevTools protocol, for tests that look at a page the way a
 * person would: it records console errors, exceptions, failed loads and any request that leaves
 * the machine, evaluates script in the page and takes screenshots.
 */
public final class Chromium implements AutoCloseable {

  private static final long WAIT_SECONDS = 60;
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private final Process process;
  private final WebSocket socket;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

  private Chromium(Process process, URI endpoint) throws IOException {
    this.process = process;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(endpoint, new Listener()).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
  }

  /** The browser binary: {@code $REGEXGUARD_CHROMIUM}, else the first of the usual names on the PATH. */
  public static Optional<Path> binary() {
    String configured = System.getenv("REGEXGUARD_CHROMIUM");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Optional.of(Path.of(configured));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Starts the browser with the flags a closed network needs and a fresh profile. */
  public static Chromium start(Path binary, Path profile) throws IOException {
    List<String> command = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
        "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
        "--remote-debugging-port=0", "about:blank");
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = err.readLine()) != null) {
          int at = line.indexOf("ws://");
          if (line.startsWith("DevTools listening on") && at >= 0) {
            endpoint.complete(URI.create(line.substring(at).trim()));
          }
        }
        endpoint.completeExceptionally(new IOException("chromium exited without a DevTools endpoint"));
      } catch (IOException e) {
        endpoint.completeExceptionally(e);
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new Chromium(process, endpoint.get(WAIT_SECONDS, TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("chromium did not start: " + e, e);
    }
  }

  /** A new tab with a viewport of {@code width} x {@code height} CSS pixels. */
  public Page open(int width, int height, boolean mobile) {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session);
    listeners.add(page::onEvent);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      call(session, domain + ".enable", Map.of());
    }
    call(session, "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    return page;
  }

  /** One tab. */
  public final class Page {
    private final String session;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Page(String session) {
      this.session = session;
    }

    public void navigate(String url) {
      loaded = new CompletableFuture<>();
      JsonNode result = call(session, "Page.navigate", Map.of("url", url));
      if (result.has("errorText")) {
        problems.add("navigation failed: " + result.get("errorText").asText());
      }
      loaded.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** The value of a script expression, returned by value. */
    public JsonNode evaluate(String expression) {
      JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** A PNG of the viewport, or of the whole page when {@code fullPage}. */
    public Path screenshot(Path file, boolean fullPage) throws IOException {
      JsonNode shot = call(session, "Page.captureScreenshot",
          Map.of("format", "png", "captureBeyondViewport", fullPage, "fromSurface", true));
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
      return file;
    }

    /** Console errors, uncaught exceptions, failed loads and requests that are not local files. */
    public List<String> problems() {
      return List.copyOf(problems);
    }

    private void onEvent(JsonNode event) {
      if (!session.equals(event.path("sessionId").asText())) {
        return;
      }
      JsonNode params = event.path("params");
      switch (event.path("method").asText()) {
        case "Page.loadEventFired" -> loaded.complete(null);
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asText();
          if (type.equals("error") || type.equals("assert") || type.equals("warning")) {
            problems.add("console." + type + ": " + params.path("args"));
          }
        }
        case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
        case "Log.entryAdded" -> {
          String level = params.path("entry").path("level").asText();
          if (level.equals("error") || level.equals("warning")) {
            problems.add("log " + level + ": " + params.path("entry").path("text").asText());
          }
        }
        case "Network.loadingFailed" -> problems.add("load failed: " + params.path("errorText").asText());
        case "Network.requestWillBeSent" -> {
          String url = params.path("request").path("url").asText();
          if (!url.startsWith("file:") && !url.startsWith("data:") && !url.equals("about:blank")) {
            problems.add("request left the page: " + url);
          }
        }
        default -> { }
      }
    }
  }

  private JsonNode call(String session, String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", json.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(message.toString(), true).join();
    JsonNode answer = reply.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        try {
          JsonNode message = json.readTree(text);
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            listeners.forEach(l -> l.accept(message));
          }
        } catch (IOException e) {
          // A message that is not JSON cannot be an answer; ignore it.
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).join();
    } catch (RuntimeException e) {
      // The browser is going away anyway.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroy);
  }
}
