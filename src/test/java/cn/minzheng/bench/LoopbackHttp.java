package cn.minzheng.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP/1.1 client of the booking rush (one request per connection). It binds the socket
 * to a loopback address of its own per citizen (127.x.y.z): Java 17's HttpClient cannot, and the
 * platform limits bookings and logins per client address, as it must in production.
 */
final class LoopbackHttp {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final Pattern COOKIE =
      Pattern.compile("(?im)^set-cookie:\\s*SESSION=([^;\\r\\n]+)");
  private static final Pattern LOCATION = Pattern.compile("(?im)^location:\\s*([^\\r\\n]+)");

  /** An answer: status, the SESSION cookie if one was set, Location, and the body. */
  record Answer(int status, String session, String location, String body) {

    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (m.find()) {
        return m.group(1);
      }
      Matcher meta = CSRF_META.matcher(body);
      return meta.find() ? meta.group(1) : null;
    }
  }

  private final int port;

  LoopbackHttp(int port) {
    this.port = port;
  }

  /** The loopback address of citizen number {@code n} (Linux routes all of 127/8 to lo). */
  static InetAddress address(int n) throws IOException {
    return InetAddress.getByAddress(
        new byte[] {127, (byte) (10 + n / 62_500), (byte) (n / 250 % 250), (byte) (1 + n % 250)});
  }

  Answer get(InetAddress from, String path, String session) throws IOException {
    return exchange(from, "GET " + path, session, null);
  }

  Answer post(InetAddress from, String path, String session, Map<String, String> form)
      throws IOException {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return exchange(from, "POST " + path, session, body);
  }

  private Answer exchange(InetAddress from, String requestLine, String session, String body)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
      socket.setSoTimeout(60_000);
      byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\n");
      head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
      if (session != null) {
        head.append("Cookie: SESSION=").append(session).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: application/x-www-form-urlencoded\r\n");
        head.append("Content-Length: ").append(payload.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(payload);
      out.flush();
      return parse(socket.getInputStream());
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    int end = raw.indexOf("\r\n\r\n");
    String headers = end < 0 ? raw : raw.substring(0, end);
    int status = Integer.parseInt(headers.substring(9, 12));
    Matcher cookie = COOKIE.matcher(headers);
    Matcher location = LOCATION.matcher(headers);
    return new Answer(
        status,
        cookie.find() ? cookie.group(1) : null,
        location.find() ? location.group(1).trim() : null,
        end < 0 ? "" : raw.substring(end + 4));
  }
}
