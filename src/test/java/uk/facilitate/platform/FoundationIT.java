package uk.facilitate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.facilitate.staff.Locality;
import uk.facilitate.testing.Deployments;

/**
 * The foundation, end to end: the real WAR on a real Payara Micro, over Connector/J to a real
 * MariaDB whose schema Flyway built from {@code sql/}.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith(FoundationIT.class);
    }

    @PersistenceContext(unitName = "facilitate")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schemaMigration;

    @ArquillianResource
    URL base;

    @Inject
    uk.facilitate.catalogue.CatalogueLoader catalogueLoader;

    @Inject
    uk.facilitate.catalogue.Catalogue catalogue;

    @Test
    void aLocalityRoundTripsThroughEclipseLinkConnectorJAndMariaDb() throws Exception {
        String code = "N-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Locality north = new Locality(code, "North neighbourhood");
        em.persist(north);
        tx.commit();
        em.clear();

        Locality found = em.createQuery("SELECT l FROM Locality l WHERE l.code = :code", Locality.class)
                .setParameter("code", code).getSingleResult();

        assertNotNull(found.getId());
        assertEquals("North neighbourhood", found.getName());
        assertNotEquals(north, found, "read back from the database, not the same instance");
    }

    @Test
    void flywayBuiltTheSchemaAtDeploymentAndASecondRunAppliesNothing() {
        SchemaMigrator.Result atDeployment = schemaMigration.result();
        assertNotNull(atDeployment);
        assertNotEquals("none", atDeployment.schemaVersion());

        SchemaMigrator.Result again = new SchemaMigrator(dataSource, SchemaMigrator.DEFAULT_LOCATION).migrate();

        assertEquals(0, again.applied(), "a second start must not migrate anything");
        assertEquals(atDeployment.schemaVersion(), again.schemaVersion());
    }

    @Test
    void loadingTheCatalogueAgainChangesNothingAndARemovedProgrammeIsRetiredNotDeleted() throws Exception {
        java.util.List<uk.facilitate.catalogue.CatalogueFile> files = uk.facilitate.catalogue.CatalogueFile.readFolder(
                java.nio.file.Path.of(getClass().getClassLoader().getResource("training-catalogue").toURI()));
        java.util.List<uk.facilitate.catalogue.Programme> programmes = new uk.facilitate.catalogue.CatalogueReader().read(files);
        int count = programmes.size();

        tx.begin();
        uk.facilitate.catalogue.CatalogueLoader.Outcome again = catalogueLoader.synchronise(programmes, files);
        tx.commit();
        assertEquals(new uk.facilitate.catalogue.CatalogueLoader.Outcome(0, 0, 0, count), again);

        tx.begin();
        uk.facilitate.catalogue.CatalogueLoader.Outcome withoutSpeakEasy = catalogueLoader.synchronise(
                programmes.stream().filter(p -> !p.id().equals("speak-easy")).toList(), files);
        tx.commit();
        assertEquals(1, withoutSpeakEasy.retired());
        assertTrue(catalogue.find("speak-easy").isPresent(), "a retired programme keeps its name for history");
        assertTrue(!catalogue.isCurrent("speak-easy"));
        assertNotNull(em.find(uk.facilitate.catalogue.CatalogueEntry.class, "speak-easy").getRetiredAt());

        tx.begin();
        uk.facilitate.catalogue.CatalogueLoader.Outcome restored = catalogueLoader.synchronise(programmes, files);
        tx.commit();
        assertEquals(1, restored.updated(), "putting the file back brings the programme back");
        assertTrue(catalogue.isCurrent("speak-easy"));
    }

    @Test
    @RunAsClient
    void readinessReportsTheDatabaseAndSchemaVersion() throws Exception {
        HttpResponse<String> response = get(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/health/ready"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        assertTrue(response.body().contains("schemaVersion"), response.body());
    }

    @Test
    @RunAsClient
    void theLandingPageServesPrimeFacesAndTheCatalogueSize() throws Exception {
        HttpResponse<String> page = get(base.toURI().resolve("index.xhtml"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("primefaces"), "PrimeFaces resources are linked");
        assertTrue(page.body().contains("id=\"programme-count\""), page.body());
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
