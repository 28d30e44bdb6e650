package io.memberpulse.support.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver), driven as a person would use the pages.
 * Screenshots land in target/screenshots for a human to look at.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("memberpulse.root", ".."), "target/screenshots");

    final WebDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    Browser open(String path) {
        driver.get(RunningApplication.uri(path).toString());
        return this;
    }

    /** An address on another node of the same cluster (its own port, its own session). */
    Browser open(java.net.URI address) {
        driver.get(address.toString());
        return this;
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The element's text; if an ajax update replaces it while reading, the new one's. */
    String text(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> find(css).getText());
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    void signIn(String client, String email, String password) {
        type("#login\\:client", client);
        type("#login\\:email", email);
        type("#login\\:password input, input#login\\:password", password);
        submit("#login\\:submit");
    }

    /** Clicks a button that posts its form, and waits for the next page: reading sooner races the navigation. */
    void submit(String css) {
        WebElement button = find(css);
        button.click();
        // the old button is gone once the new page is there; chromedriver reports that either as a stale element
        // or as "node does not belong to the document", so any WebDriverException counts
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(browser -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * The form control a person finds by its visible label: the label's {@code for} names it. A rich-text editor
     * is its editing area, a file upload its file input.
     */
    WebElement field(String label) {
        String wanted = label.replace("'", "");
        WebElement found = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.xpath(
                "//label[normalize-space(translate(., '*', ''))='" + wanted + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        WebElement control = driver.findElement(By.id(found.getAttribute("for")));
        String classes = String.valueOf(control.getAttribute("class"));
        if (classes.contains("ui-texteditor")) {
            return control.findElement(By.cssSelector(".ql-editor"));
        }
        if (classes.contains("ui-fileupload")) {
            return control.findElement(By.cssSelector("input[type=file]"));
        }
        if (!List.of("input", "textarea", "select").contains(control.getTagName())) {
            // a password field with a show/hide button is a wrapper around its input
            return control.findElement(By.cssSelector("input"));
        }
        return control;
    }

    void fill(String label, String text) {
        WebElement control = field(label);
        if ("true".equals(control.getAttribute("contenteditable"))) {
            control.click();
        } else {
            control.clear();
        }
        control.sendKeys(text);
    }

    /** Flips an on/off switch found by its label (the switch's own hidden box is what the label names). */
    void toggle(String label) {
        press(field(label).findElement(By.xpath("ancestor::div[contains(@class, 'ui-toggleswitch')][1]")));
        idle();
    }

    void choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    /** Files for an upload field, each checked by the server as it arrives. */
    void attach(String label, Path... files) {
        field(label).sendKeys(java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
        idle();
    }

    /** Clicks an element once it is scrolled into view (a long dialog or list may hide it). */
    void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Waits until no ajax request is running. */
    void idle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.jQuery || (jQuery.active === 0 && (!window.PrimeFaces "
                        + "|| PrimeFaces.ajax.Queue.isEmpty()));")));
    }

    /** Waits for the text to appear in an element; an ajax update replacing the element meanwhile is no failure. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** axe-core on the page as it is: any serious or critical violation fails the test, named with its nodes. */
    void accessible(String page) {
        idle();
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + " at " + rule.getNodes().stream().limit(3)
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }

    /** The page at 1280 px, and as a 375 px phone shows it. */
    void screenshots(String name) {
        screenshot(name + "-1280");
        if (driver instanceof org.openqa.selenium.chrome.ChromeDriver chrome) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
            try {
                idle();
                screenshot(name + "-375");
            } finally {
                chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a missing screenshot never fails a test
        }
    }

    String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
