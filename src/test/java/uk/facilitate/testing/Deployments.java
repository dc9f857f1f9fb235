package uk.facilitate.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every IT uses: the WAR the build just packaged (the real app, with its
 * migrations and catalogue), plus the test classes for in-container tests.
 */
public final class Deployments {

    private static final String WEB_XML = "WEB-INF/web.xml";

    /**
     * The Arquillian container that runs the app on its own database with the Wyvernside demo
     * borough loaded, as a newcomer sees it: {@code @Deployment(testable = false)
     * @TargetsContainer(Deployments.DEMO) static WebArchive d() { return Deployments.app(); }}.
     * Tests there sign in as the README's demo users and may rely on the demo data.
     */
    public static final String DEMO = "payara-demo";

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("facilitate.war", "target/facilitate.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the ITs through Maven (./mvnw verify): " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "facilitate.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The app with the given test classes added, for tests that run inside the container. Arquillian
     * calls its test-runner servlet without signing in, so only here is that path left public.
     */
    public static WebArchive appWith(Class<?>... testClasses) {
        WebArchive archive = app().addClasses(testClasses);
        String webXml = read(archive, WEB_XML).replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern>\n<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        archive.delete(WEB_XML);
        return archive.addAsWebInfResource(new StringAsset(webXml), "web.xml");
    }

    private static String read(WebArchive archive, String path) {
        try (InputStream in = archive.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
