package uk.facilitate.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, versioned under {@code /api/v1}; clients authenticate with HTTP Basic. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Facilitate API", version = "1",
        description = "Programme catalogue, staff records and explainable qualification verdicts."
                + " Dates are ISO-8601 (YYYY-MM-DD); errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
