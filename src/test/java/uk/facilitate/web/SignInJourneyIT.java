package uk.facilitate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import uk.facilitate.testing.Browser;
import uk.facilitate.testing.SharedApp;

/**
 * Signing in, in a real browser, on the app as a newcomer first meets it: the Wyvernside demo
 * borough loaded into an empty database, and the README's demo users.
 */
@SharedApp(demo = true)
class SignInJourneyIT {

    @SharedApp.Base
    URL base;

    @Test
    void aDemoUserSignsInAndIsSentBackToThePageTheyAskedFor() {
        try (Browser browser = Browser.open(base)) {
            browser.go("my/record.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "signed-out users are sent to sign in");

            browser.type("username", "staff").type("password", "Demo-Records-2026!").click("sign-in");

            assertEquals("staff", browser.text("signed-in-as"));
            assertTrue(browser.driver().getCurrentUrl().contains("my/record.xhtml"),
                    "back to the page first asked for: " + browser.driver().getCurrentUrl());
            browser.go("");
            assertEquals("13", browser.text("programme-count"), "the whole catalogue is loaded");
            browser.screenshot("sign-in-journey");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAPlainMessageAndNoSession() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("coordinator", "not-her-password");

            assertTrue(browser.pageText().contains("Sign-in failed: the user name or password was not recognised."),
                    browser.pageText());
            assertFalse(browser.has("signed-in-as"));
            assertEquals(302, browser.status("my/record.xhtml"), "still signed out: pages redirect to sign in");
        }
    }
}
