package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.facilitate.testing.ApiClient.q;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.facilitate.accreditation.TestCertificates;
import uk.facilitate.testing.ApiClient;
import uk.facilitate.testing.ApiFixtures;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.Deployments;
import uk.facilitate.testing.TestDatabase;

/**
 * The app under attack and in operation (issue 11, items 3, 8 and 9), black-box on the real app
 * deployed at the root context as the run command deploys it (that is where Payara serves
 * {@code /health} and {@code /metrics} inside the app): CSV exports neutralise formulas, the
 * container's own redirects and challenges carry the security headers, health names no database
 * product, metrics admit a scraper with the token or an administrator, every answer carries a
 * request id, and a missing evidence folder is made again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    private static final String METRICS_TOKEN = "scraper-token-for-the-hardening-it-2026";
    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The app at "/" (Payara Micro deploys ROOT.war there), with a metrics token configured. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive app = Deployments.app();
        String config;
        try (InputStream in = app.get(CONFIG).getAsset().openStream()) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.delete(CONFIG);
        app.addAsResource(new StringAsset(config + "\nfacilitate.metrics.token=" + METRICS_TOKEN + "\n"),
                "META-INF/microprofile-config.properties");
        app.addClasses(CommitFailureProbe.class, CommitFailureProbe.Committer.class);
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(app);
    }

    @ArquillianResource
    URL base;

    // ---- a write whose commit fails (the database dying mid-commit in DatabaseOutageIT, seen on CI) ----

    @Test
    void aCommitThatFailsIsAnsweredAsProblemJsonNotTheContainersErrorPage() {
        ApiClient.Reply reply = ApiClient.admin(base).post("test-probes/commit-failure", "{}");
        assertEquals(500, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        // The database answers, so this is a failure of the server, not an outage: nothing was saved.
        assertTrue(reply.body().contains("\"title\":\"Internal error\""), reply.toString());
    }

    // ---- item 3: CSV formula injection ----

    @Test
    void theDirectoryExportsShowAFormulaImportedAsAnEmployeeRefAsText() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        given.organisation("Formula Council");
        String organisation = "Formula Council " + given.tag();
        String code = "FX-" + given.tag();
        admin.create("localities", "{\"code\":" + q(code) + ",\"name\":" + q("Fx " + given.tag()) + "}");
        String formula = "=HYPERLINK(\"//evil.example\",\"Pay\")";
        String csv = "employee_ref,given_name,family_name,role,professional_level,organisation,locality_codes\n"
                + quoted(formula) + "," + quoted("@SUM(1+1)") + ",Mallory-" + given.tag() + ",Health visitor,4,"
                + quoted(organisation) + "," + code + "\n";
        ApiClient.Reply imported = admin.postBytes("imports/staff?dryRun=false", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.toString());

        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD).go("directory/staff.xhtml");
            byte[] export = submitForDownload(browser, "directory", "exportCsv");
            String text = new String(export, StandardCharsets.UTF_8);
            String row = text.lines().filter(l -> l.contains("Mallory-" + given.tag())).findFirst()
                    .orElseThrow(() -> new AssertionError("the imported person is in the export: " + text));

            assertTrue(row.contains("\"'=HYPERLINK(\"\"//evil.example\"\",\"\"Pay\"\")\""), row);
            assertTrue(row.contains("\"'@SUM(1+1) Mallory-" + given.tag() + "\""), row);
            assertTrue(row.contains("\"4\""), "the professional level, a number, is written as it is: " + row);
            assertNoCellStartsAFormula(text);

            byte[] workbook = submitForDownload(browser, "directory", "exportXlsx");
            try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                Cell ref = findCell(xlsx.getSheetAt(0), formula);
                assertEquals(CellType.STRING, ref.getCellType(), "Excel gets the ref as text, never as a formula");
            }
        }
    }

    @Test
    void theCoverMatrixCsvShowsAFormulaInALocalityNameAsText() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        String tag = new ApiFixtures(admin).tag();
        admin.create("localities", "{\"code\":" + q("CM-" + tag) + ",\"name\":" + q("+cmd|' /C calc'!A0 " + tag) + "}");

        try (Browser browser = Browser.open(base)) {
            browser.signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD).go("cover/matrix.xhtml");
            String text = new String(submitForDownload(browser, "matrix", "export-csv"), StandardCharsets.UTF_8);

            assertTrue(text.contains("\"'+cmd|' /C calc'!A0 " + tag + "\""), text);
            assertNoCellStartsAFormula(text);
        }
    }

    // ---- item 9: headers and health ----

    @Test
    void theContainersOwnRedirectAndChallengeCarryTheSecurityHeaders() {
        HttpResponse<String> redirect = get("directory/staff.xhtml", Map.of());
        assertEquals(302, redirect.statusCode());
        assertSecurityHeaders(redirect);

        HttpResponse<String> challenge = get("api/v1/cover/targets", Map.of("Accept", "application/json"));
        assertEquals(401, challenge.statusCode());
        assertSecurityHeaders(challenge);
    }

    @Test
    void theContentSecurityPolicyAllowsNoEval() {
        HttpResponse<String> page = get("login.xhtml", Map.of());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline';"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
    }

    /**
     * The widgets still work under the CSP without eval: every page's Content-Security-Policy
     * violations are collected in the browser (a listener installed before any page script runs)
     * while the date pickers, select menus, tables, ajax updates and dialogs are used.
     */
    @Test
    void thePagesAndTheirWidgetsWorkWithoutEval() {
        try (Browser browser = Browser.open(base)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push("
                            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
            browser.signIn(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD);
            assertNoViolations(browser, "sign-in");

            browser.go("directory/staff.xhtml").choose("programme", "Solihull Approach — the first five years").click("search");
            browser.field("staffTable");
            assertNoViolations(browser, "directory: select menu and ajax search");

            browser.go("cover/matrix.xhtml");
            browser.driver().findElement(By.cssSelector("[id$=':on'] .ui-datepicker-trigger")).click();
            assertTrue(browser.driver().findElement(By.cssSelector(".ui-datepicker")).isDisplayed(), "the date picker opens");
            browser.type("on", "01/12/2026");
            // Closed with Escape, as a keyboard user would, so it no longer covers the Show button.
            WebElement onInput = browser.driver().findElement(By.cssSelector("input[id$=':on_input'], input[id$=':on']"));
            onInput.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> d.findElements(By.cssSelector(".ui-datepicker")).stream().noneMatch(WebElement::isDisplayed));
            browser.click("show");
            browser.driver().findElements(By.cssSelector("a[id$=':cell']")).stream().findFirst().ifPresent(cell -> {
                cell.click();
                browser.waitForText("qualified");
            });
            assertNoViolations(browser, "cover matrix: date picker, ajax table, drill-down dialog");

            browser.go("admin/users.xhtml").click("newAccount");
            assertTrue(browser.field("createDialog").isDisplayed(), "the create-account dialog opens");
            assertNoViolations(browser, "users: dialog");

            browser.go("manager/cohorts.xhtml");
            assertNoViolations(browser, "cohorts: calendar and date pickers");

            // The listener does see an eval when the page runs one. WebDriver's own scripts are exempt from
            // the page's CSP, so the probe is an inline handler (allowed) that evals (refused), clicked for real.
            ((JavascriptExecutor) browser.driver()).executeScript("const b = document.createElement('button');"
                    + "b.id = 'eval-probe'; b.type = 'button'; b.textContent = 'probe';"
                    + "b.setAttribute('onclick', \"try { eval('1 + 1'); window.__eval = 'ran'; } catch (e) { window.__eval = e.name; }\");"
                    + "document.body.appendChild(b);");
            browser.driver().findElement(By.id("eval-probe")).click();
            assertEquals("EvalError", ((JavascriptExecutor) browser.driver()).executeScript("return window.__eval;"),
                    "the page may not eval");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.__csp.join(' ');"))
                            .contains("eval"));
        }
    }

    @Test
    void anonymousHealthNamesNoDatabaseProduct() {
        for (String path : List.of("health", "health/ready", "health/live")) {
            HttpResponse<String> health = get(path, Map.of("Accept", "application/json"));
            assertEquals(200, health.statusCode(), path + ": " + health.body());
            String body = health.body().toLowerCase();
            for (String word : List.of("mariadb", "mysql", "product", "11.4")) {
                assertFalse(body.contains(word), path + " names " + word + ": " + health.body());
            }
        }
        assertTrue(get("health/ready", Map.of()).body().contains("schemaVersion"));
    }

    // ---- item 8: metrics, request ids, evidence folder ----

    @Test
    void metricsAnswerTheTokenAndAdministratorsAndChallengeEveryoneElse() {
        HttpResponse<String> anonymous = get("metrics", Map.of());
        assertEquals(401, anonymous.statusCode(), "a challenge, not the sign-in page: " + anonymous.headers().map());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        assertEquals(401, get("metrics", Map.of("Authorization", "Bearer not-the-token")).statusCode());
        assertEquals(401, get("metrics", Map.of("Authorization", "Bearer " + METRICS_TOKEN + "x")).statusCode());

        HttpResponse<String> scraper = get("metrics", Map.of("Authorization", "Bearer " + METRICS_TOKEN));
        assertEquals(200, scraper.statusCode(), scraper.body());
        assertTrue(scraper.body().contains("# TYPE"), "Prometheus text: " + scraper.body());
        assertTrue(scraper.headers().firstValue("Set-Cookie").isEmpty(), "no session for a scraper");

        HttpResponse<String> administrator = get("metrics", basic(TestDatabase.ADMIN_USER, TestDatabase.ADMIN_PASSWORD));
        assertEquals(200, administrator.statusCode(), administrator.body());
        assertTrue(administrator.body().contains("# TYPE"));

        assertEquals(401, get("metrics", basic(TestDatabase.ADMIN_USER, "wrong-" + TestDatabase.ADMIN_PASSWORD)).statusCode());
        ApiFixtures given = new ApiFixtures(ApiClient.admin(base));
        long council = given.organisation("Metrics Council");
        long staffId = given.staff("Jade", "Bennett", "FAMILY_SUPPORT_WORKER", 3, council, given.locality("Metrics North"));
        String manager = given.user("metrics-manager", "WORKFORCE_MANAGER", staffId);
        assertEquals(403, get("metrics", basic(manager, ApiFixtures.PASSWORD)).statusCode(), "managers are not administrators");
    }

    @Test
    void everyAnswerCarriesARequestIdAndASaneIncomingOneIsKept() {
        String fresh = get("login.xhtml", Map.of()).headers().firstValue("X-Request-Id").orElse("");
        assertTrue(fresh.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), fresh);

        assertEquals("proxy-4711.abc", get("login.xhtml", Map.of("X-Request-Id", "proxy-4711.abc"))
                .headers().firstValue("X-Request-Id").orElse(""));
        String replaced = get("api/v1/cover/targets", Map.of("X-Request-Id", "<script>alert(1)</script>"))
                .headers().firstValue("X-Request-Id").orElse("");
        assertTrue(replaced.matches("[0-9a-f-]{36}"), "an unsafe id is replaced: " + replaced);
    }

    @Test
    void aMissingEvidenceFolderIsMadeAgainOnTheNextUpload() throws Exception {
        ApiClient admin = ApiClient.admin(base);
        ApiFixtures given = new ApiFixtures(admin);
        long council = given.organisation("Evidence Council");
        long sam = given.staff("Samira", "Khan", "HEALTH_VISITOR", 6, council, given.locality("Evidence North"));
        long record = given.accreditation(sam, "solihull-approach", "ACCREDITED", "2025-02-01", null);
        Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "test-database", "files", "evidence");
        Path aside = folder.resolveSibling("evidence-aside-" + given.tag());
        if (Files.isDirectory(folder)) {
            Files.move(folder, aside);
        }
        try {
            ApiClient.Reply attached = admin.postBytes("staff/" + sam + "/accreditations/" + record + "/evidence",
                    "application/pdf", TestCertificates.PDF);

            assertEquals(200, attached.status(), attached.toString());
            assertTrue(Files.isDirectory(folder), "the folder is made again");
            HttpResponse<byte[]> download = admin.download("accreditations/" + record + "/evidence");
            assertEquals(200, download.statusCode());
            assertTrue(Arrays.equals(TestCertificates.PDF, download.body()));
        } finally {
            if (Files.isDirectory(aside)) { // give the other tests' files back
                try (Stream<Path> files = Files.list(aside)) {
                    for (Path file : files.toList()) {
                        Files.move(file, folder.resolve(file.getFileName()));
                    }
                }
                Files.delete(aside);
            }
        }
    }

    // ---- helpers ----

    /**
     * Submits a page's form with one of its non-ajax buttons (a data exporter) from inside the
     * signed-in browser, and returns the bytes the server sent: what the browser would download.
     */
    private static byte[] submitForDownload(Browser browser, String formId, String buttonId) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const form = document.getElementById(arguments[0]);"
                        + "const data = new URLSearchParams(new FormData(form));"
                        + "data.append(arguments[0] + ':' + arguments[1], '');"
                        + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer()).then(b => {"
                        + "  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));"
                        + "}).catch(e => done('ERROR ' + e));", formId, buttonId);
        assertFalse(String.valueOf(base64).startsWith("ERROR"), String.valueOf(base64));
        return Base64.getDecoder().decode((String) base64);
    }

    @SuppressWarnings("unchecked")
    private static void assertNoViolations(Browser browser, String where) {
        List<Object> violations = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("return window.__csp || [];");
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }

    /** Every quoted cell of the file: none may begin with a character that starts a formula. */
    private static void assertNoCellStartsAFormula(String csv) {
        for (String cell : csv.replace("\uFEFF", "").split("(?<=\")[,\\n](?=\")|\\r?\\n")) {
            String value = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertFalse(!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0, "cell " + cell + " in\n" + csv);
        }
    }

    private static Cell findCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA || text.equals(cell.toString())) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " is not in the workbook");
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, String> basic(String user, String password) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        Map<String, List<String>> headers = response.headers().map();
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                response.statusCode() + " " + headers);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), headers.toString());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), headers.toString());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), headers.toString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("/*$", "/") + path));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
