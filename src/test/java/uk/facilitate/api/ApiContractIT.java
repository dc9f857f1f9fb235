package uk.facilitate.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import uk.facilitate.client.ApiClient;
import uk.facilitate.client.ApiException;
import uk.facilitate.client.api.CatalogueApi;
import uk.facilitate.client.api.CoverApi;
import uk.facilitate.client.api.StaffApi;
import uk.facilitate.client.api.StaffRecordsApi;
import uk.facilitate.client.api.WorkforceStructureApi;
import uk.facilitate.client.model.AccreditationRequest;
import uk.facilitate.client.model.AccreditationStage;
import uk.facilitate.client.model.AccreditationView;
import uk.facilitate.client.model.CoverMatrix;
import uk.facilitate.client.model.CoverMatrixRow;
import uk.facilitate.client.model.LocalityRequest;
import uk.facilitate.client.model.LocalityView;
import uk.facilitate.client.model.Named;
import uk.facilitate.client.model.OrganisationKind;
import uk.facilitate.client.model.OrganisationRequest;
import uk.facilitate.client.model.ProgrammeView;
import uk.facilitate.client.model.RuleView;
import uk.facilitate.client.model.StaffRequest;
import uk.facilitate.client.model.StaffRole;
import uk.facilitate.client.model.StaffView;
import uk.facilitate.client.model.VerdictView;
import uk.facilitate.testing.SharedApp;
import uk.facilitate.testing.TestDatabase;

/**
 * The API contract: the running app's {@code /openapi} is the committed
 * {@code src/main/openapi/facilitate-api.yaml} (paths, operationIds, parameters, bodies, responses
 * and schemas; prose and the server address may differ), and a Java client generated from that file
 * at build time (openapi-generator, {@code uk.facilitate.client}) works against the app.
 *
 * <p>A deliberate change to the API: run this IT with {@code -Dfacilitate.contract.write=true}; it
 * rewrites the committed file from the running app (then check it and commit it with the change).
 */
@SharedApp
class ApiContractIT {

    private static final Path CONTRACT = Path.of("src/main/openapi/facilitate-api.yaml");
    private static final String SOLIHULL = "solihull-approach";

    @SharedApp.Base
    URL base;

    @Test
    void theRunningAppServesTheCommittedContract() throws Exception {
        String served = fetch(URI.create(base.toString()).resolve("/openapi"));
        if (Boolean.getBoolean("facilitate.contract.write")) {
            Files.writeString(CONTRACT, withCommittedHeader(canonical(served)), StandardCharsets.UTF_8);
            return;
        }
        Map<String, Object> live = essentials(parse(served));
        Map<String, Object> committed = essentials(parse(Files.readString(CONTRACT)));

        List<String> differences = new ArrayList<>();
        compare("", committed, live, differences);
        if (!differences.isEmpty()) {
            fail("The app's /openapi differs from " + CONTRACT + " (" + differences.size() + " differences; if the"
                    + " change is meant, rerun with -Dfacilitate.contract.write=true and commit the file):\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(30, differences.size()))));
        }
        assertTrue(((Map<?, ?>) live.get("paths")).containsKey("/api/v1/cover"), "paths are read");
    }

    @Test
    void aClientGeneratedFromTheContractListsProgrammesRecordsAnAccreditationAndReadsTheVerdictAndCover()
            throws ApiException {
        ApiClient client = generatedClient();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        List<ProgrammeView> programmes = new CatalogueApi(client).listProgrammes();
        ProgrammeView solihull = programmes.stream().filter(p -> SOLIHULL.equals(p.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the catalogue lists " + SOLIHULL));
        assertEquals("Solihull Approach", solihull.getName().substring(0, "Solihull Approach".length()));
        assertTrue(solihull.getNeedLevels().contains(1), "need levels are integers: " + solihull.getNeedLevels());

        WorkforceStructureApi structure = new WorkforceStructureApi(client);
        Named council = structure.addOrganisation(new OrganisationRequest().name("Luton Borough Council " + tag)
                .kind(OrganisationKind.COUNCIL));
        LocalityView north = structure.addLocality(new LocalityRequest().code("LUTON_NORTH-" + tag)
                .name("Luton North " + tag));
        assertEquals("LUTON_NORTH-" + tag, north.getCode());
        assertTrue(structure.localities().stream().anyMatch(l -> north.getCode().equals(l.getCode())
                && north.getId().equals(l.getId())), "the lookup gives the code the staff import takes");

        StaffView visitor = new StaffApi(client).createStaff(new StaffRequest().employeeRef("HV-" + tag)
                .givenName("Amira").familyName("Khan").role(StaffRole.HEALTH_VISITOR).professionalLevel(6)
                .organisationId(council.getId()).localityIds(List.of(north.getId()))
                .startDate(LocalDate.of(2015, 4, 1)));
        assertEquals("Khan", visitor.getFamilyName());
        assertEquals(LocalDate.of(2015, 4, 1), visitor.getStartDate(), "dates travel as ISO dates");

        AccreditationView record = new StaffRecordsApi(client).addAccreditation(visitor.getId(),
                new AccreditationRequest().programmeId(SOLIHULL).stage(AccreditationStage.ACCREDITED)
                        .awardedOn(today.minusMonths(6)));
        assertEquals(SOLIHULL, record.getProgrammeId());
        assertEquals(AccreditationStage.ACCREDITED, record.getStage());
        assertEquals(visitor.getId(), record.getStaffId());

        CoverApi cover = new CoverApi(client);
        VerdictView verdict = cover.verdict(visitor.getId(), SOLIHULL, 1, today);
        assertEquals(SOLIHULL, verdict.getProgrammeId());
        assertEquals(today, verdict.getOn());
        assertFalse(verdict.getQualified(), "accredited but with no DBS check or safeguarding: " + verdict.getSummary());
        assertTrue(verdict.getRules().stream().anyMatch(r -> !r.getMet()), "the rule not met is explained");
        assertTrue(verdict.getRules().stream().filter(RuleView::getMet).anyMatch(r -> r.getRule().contains("ACCREDIT")),
                "the accreditation counts: " + verdict.getRules());

        CoverMatrix matrix = cover.coverMatrix(today, SOLIHULL, 1, north.getId(), null, null);
        assertEquals(today, matrix.getOn());
        assertEquals(List.of("count", "target", "shortfall", "lapsing", "status", "renewing"), matrix.getCellFields());
        int column = indexOf(matrix, north.getId());
        CoverMatrixRow row = matrix.getRows().stream().filter(r -> SOLIHULL.equals(r.getProgramme())
                && r.getNeedLevel() == 1).findFirst().orElseThrow(() -> new AssertionError("a Solihull level-1 row"));
        List<Object> cell = row.getCells().get(column);
        assertEquals(6, cell.size());
        assertEquals(0, ((Number) cell.get(0)).intValue(), "not qualified, so not counted: " + cell);
    }

    @Test
    void theImportTemplateAnswersAJsonClientWithItsColumnsAndACsvClientWithTheFile() {
        uk.facilitate.testing.ApiClient admin = uk.facilitate.testing.ApiClient.admin(base);

        uk.facilitate.testing.ApiClient.Reply json = admin.get("imports/staff/template");
        HttpResponse<byte[]> csv = admin.download("imports/staff/template");

        assertEquals(200, json.status(), json.toString());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals("staff", json.object().getString("kind"));
        assertTrue(json.object().getJsonArray("columns").stream().anyMatch(c -> c.asJsonObject().getString("name")
                .equals("locality_codes")), json.body());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(json.object().getString("csv").equals(new String(csv.body(), StandardCharsets.UTF_8)),
                "the JSON carries the same file");
    }

    private static int indexOf(CoverMatrix matrix, long columnId) {
        for (int i = 0; i < matrix.getColumns().size(); i++) {
            if (matrix.getColumns().get(i).getId() == columnId) {
                return i;
            }
        }
        throw new AssertionError("column " + columnId + " in " + matrix.getColumns());
    }

    private ApiClient generatedClient() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceFirst("/+$", ""));
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (TestDatabase.ADMIN_USER + ":" + TestDatabase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return client;
    }

    // --- comparing the contract ---

    /** What must not drift: every path's operations (without prose) and every schema. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> essentials(Map<String, Object> document) {
        Map<String, Object> kept = new LinkedHashMap<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
                paths.put(path.replaceFirst("^/facilitate(?=/)", ""), withoutProse(item)));
        kept.put("paths", paths);
        kept.put("schemas", ((Map<String, Object>) document.get("components")).get("schemas"));
        kept.put("tags", document.get("tags"));
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object withoutProse(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, v) -> {
                if (!key.equals("summary") && !key.equals("description")) {
                    copy.put(key, withoutProse(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ApiContractIT::withoutProse).toList();
        }
        return value;
    }

    private static void compare(String where, Object expected, Object actual, List<String> differences) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            TreeSet<String> keys = new TreeSet<>();
            e.keySet().forEach(k -> keys.add(String.valueOf(k)));
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                String at = where + "/" + key;
                if (!e.containsKey(key)) {
                    differences.add(at + ": served but not in the contract");
                } else if (!a.containsKey(key)) {
                    differences.add(at + ": in the contract but not served");
                } else {
                    compare(at, e.get(key), a.get(key), differences);
                }
            }
        } else if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                compare(where + "[" + i + "]", e.get(i), a.get(i), differences);
            }
        } else if (!Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
            differences.add(where + ": contract " + expected + ", served " + actual);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    /**
     * The served document with every mapping's keys sorted: the server lists paths, operations and schemas in
     * an order that changes between boots, which made every rewrite of the file a large, meaningless diff.
     */
    private static String canonical(String served) {
        org.snakeyaml.engine.v2.api.DumpSettings settings = org.snakeyaml.engine.v2.api.DumpSettings.builder()
                .setDefaultFlowStyle(org.snakeyaml.engine.v2.common.FlowStyle.BLOCK).setWidth(100).build();
        String yaml = new org.snakeyaml.engine.v2.api.Dump(settings).dumpToString(sorted(parse(served)));
        // YAML 1.2 writes the string "on" bare; the client generator reads YAML 1.1, where that is a boolean.
        return yaml.replaceAll("(?im)^(\\s*- |.*: )(on|off|yes|no|y|n)$", "$1\"$2\"")
                .replaceAll("(?im)^(\\s*)(on|off|yes|no|y|n):", "$1\"$2\":");
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new java.util.TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            // "openapi" first, as readers of the file expect it
            Map<String, Object> ordered = new LinkedHashMap<>();
            if (out.containsKey("openapi")) {
                ordered.put("openapi", out.remove("openapi"));
            }
            ordered.putAll(out);
            return ordered;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ApiContractIT::sorted).toList();
        }
        return node;
    }

    /** The served document with the contract's comment and a server address that is not this test's port. */
    private static String withCommittedHeader(String served) throws IOException {
        String committed = Files.readString(CONTRACT);
        String header = committed.substring(0, committed.indexOf("openapi:"));
        String server = "servers:\n- url: http://localhost:8080\n"
                + "  description: \"./mvnw -Prun package (the tests use their own port and /facilitate)\"\n";
        return header + served.replaceFirst("(?s)servers:\n(- [^\n]*\n(  [^\n]*\n)*)", java.util.regex.Matcher.quoteReplacement(server));
    }

    private static String fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), () -> "GET " + uri + ": " + response.body());
        return response.body();
    }
}
