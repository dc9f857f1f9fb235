package uk.facilitate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driven through
 * Selenium, with the few moves the journeys need: sign in, open a page, fill PrimeFaces fields,
 * wait for ajax, read text, take a screenshot into {@code target/screenshots/}. Ids are the
 * components' own ids ({@code awardedOn}), matched whatever the naming container prefixes.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(URL base) {
        this.base = base.toString().replaceFirst("/*$", "/");
        try {
            this.profile = Files.createTempDirectory("facilitate-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("facilitate.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("facilitate.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // Headless Chromium 156 does not reliably fire the transitionend that ends PrimeFaces' CSS fades, so
        // a menu panel stayed open over the next field and a date picker stayed transparent. The journeys
        // test what the widgets do, not how they fade: every page runs with PrimeFaces animations off.
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "document.addEventListener('DOMContentLoaded', () => {"
                        + " if (window.PrimeFaces) { PrimeFaces.animationEnabled = false; }"
                        + " if (window.jQuery) { jQuery.fx.off = true; } });"));
    }

    /** A new browser on the deployment at {@code base} (the Arquillian deployment URL). */
    public static Browser open(URL base) {
        return new Browser(base);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page of the app, e.g. {@code go("my/record.xhtml")}. */
    public Browser go(String path) {
        driver.get(base + path.replaceFirst("^/", ""));
        waitForPage();
        return this;
    }

    /** Signs in through the sign-in form and waits until the header shows the user. */
    public Browser signIn(String username, String password) {
        go("login.xhtml");
        type("username", username);
        type("password", password);
        click("sign-in");
        new WebDriverWait(driver, PATIENCE).until(d -> !d.findElements(By.id("signed-in-as")).isEmpty()
                || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        return this;
    }

    /** The element whose component id is {@code id} (exactly, or as the last part of its client id). */
    public WebElement field(String id) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(byId(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(byId(id)).isEmpty();
    }

    public static By byId(String id) {
        return By.cssSelector("[id='" + id + "'], [id$=':" + id + "'], [id$=':" + id + "_input'], [id='" + id + "_input']");
    }

    /** Replaces the text of an input (for a p:datePicker, type the date as dd/MM/yyyy). */
    public Browser type(String id, String text) {
        WebElement input = field(id);
        if (!"input".equals(input.getTagName()) && !"textarea".equals(input.getTagName())) {
            input = input.findElement(By.cssSelector("input, textarea"));
        }
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForAjax();
        return this;
    }

    /** Clicks a button or link and waits for the resulting request (full page or ajax) to finish. */
    public Browser click(String id) {
        WebElement target = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(byId(id)));
        target.click();
        waitForPage();
        return this;
    }

    /** Chooses an option by its visible label in a p:selectOneMenu (or a plain select). */
    public Browser choose(String id, String label) {
        WebElement menu = field(id);
        if ("select".equals(menu.getTagName())) {
            new org.openqa.selenium.support.ui.Select(menu).selectByVisibleText(label);
            waitForAjax();
            return this;
        }
        menu.click();
        // A long list (a shared app gathers many organisations) may hold the item out of the panel's
        // scrolled view, where a click lands on another: narrow it with the menu's filter box first.
        List<WebElement> filter = driver.findElements(By.id(menu.getAttribute("id") + "_filter"));
        if (!filter.isEmpty() && filter.get(0).isDisplayed()) {
            filter.get(0).sendKeys(label);
        }
        String panel = menu.getAttribute("id") + "_items";
        WebElement item = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + panel + "']//li[normalize-space(.)=" + xpathLiteral(label) + "]")));
        item.click();
        // The panel fades out: until it has gone it sits over whatever is below it and takes the next click.
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
        waitForAjax();
        return this;
    }

    /** Attaches a file to a file input (p:fileUpload renders one). */
    public Browser upload(String id, Path file) {
        WebElement input = driver.findElement(By.cssSelector("[id$='" + id + "_input'], [id='" + id + "'] input[type=file],"
                + " [id$=':" + id + "'] input[type=file], input[type=file][id$='" + id + "']"));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForAjax();
        return this;
    }

    public String text(String id) {
        return field(id).getText();
    }

    /** The visible text of the whole page body. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Waits until the page contains this text somewhere visible. */
    public Browser waitForText(String text) {
        new WebDriverWait(driver, PATIENCE).until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    /** Texts of the elements matching a CSS selector, in page order. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.toList());
    }

    /**
     * The HTTP status of a GET of {@code path} with this browser's session cookie: what the server
     * answers for a page, which Selenium itself cannot report.
     */
    public int status(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.replaceFirst("^/", "")));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("facilitate.buildDir", "target"), "screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the document to load and for PrimeFaces' ajax queue and jQuery to be idle. */
    public void waitForPage() {
        new WebDriverWait(driver, PATIENCE).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        waitForAjax();
    }

    public void waitForAjax() {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TestDatabase.deleteRecursively(profile);
        }
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
