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
 * The deployment the Arquillian ITs use: the WAR the build just packaged (the real app, with its
 * migrations and catalogue), plus the test classes for in-container tests. Client-only ITs share
 * one running app instead ({@link SharedApp}).
 */
public final class Deployments {

    private static final String WEB_XML = "WEB-INF/web.xml";

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
