package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session over plain HTTP: it keeps its cookies, signs in through the login form the
 * way the page does (with the session's CSRF token, read from the page's {@code _csrf} meta tag),
 * and follows no redirects, so each test sees what the server answers.
 */
public final class AppSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public AppSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The CSRF token the login page of this session carries. */
    public String loginPageToken() throws Exception {
        HttpResponse<String> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries the session's CSRF token").isTrue();
        return token.group(1);
    }

    /** Posts the login form with the given token (null: none); answers the server's response. */
    public HttpResponse<String> postLogin(String user, String password, String token) throws Exception {
        String form = "username=" + enc(user) + "&password=" + enc(password);
        String path = token == null ? "/login" : "/login?_csrf=" + enc(token);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs in as the page does; fails if the server does not accept it. */
    public AppSession signIn(String user, String password) throws Exception {
        HttpResponse<String> response = postLogin(user, password, loginPageToken());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one of this session's cookies, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public String url(String path) {
        return base + path;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
