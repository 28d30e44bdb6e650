package io.memberpulse.support.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
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
