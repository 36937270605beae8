package org.symbolon.server.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot and the page source in
 * target/e2e-failures/&lt;TestClass&gt;-&lt;method&gt;.png and .html. It runs right after the test
 * method, before any clean-up could leave the page.
 */
final class FailureEvidence implements AfterTestExecutionCallback {

    private final Supplier<WebDriver> browser;

    FailureEvidence(Supplier<WebDriver> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        WebDriver driver = browser.get();
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Path folder = Files.createDirectories(folder());
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notSaved) {
            // The evidence is a courtesy: the test's own failure is what the report must show.
            context.publishReportEntry("e2e-failure-evidence", "not saved: " + notSaved);
        }
    }

    /** Surefire runs in the module folder and names it in basedir; target is beside the sources. */
    private static Path folder() {
        return Path.of(System.getProperty("basedir", "."), "target", "e2e-failures");
    }
}
