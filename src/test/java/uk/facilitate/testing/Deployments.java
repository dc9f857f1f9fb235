package uk.facilitate.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every IT uses: the WAR the build just packaged (the real app, with its
 * migrations and catalogue), plus the test classes for in-container tests.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive app() {
        File war = new File(System.getProperty("facilitate.war", "target/facilitate.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the ITs through Maven (./mvnw verify): " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "facilitate.war").importFrom(war).as(WebArchive.class);
    }

    /** The app with the given test classes added, for tests that run inside the container. */
    public static WebArchive appWith(Class<?>... testClasses) {
        return app().addClasses(testClasses);
    }
}
