package uk.facilitate.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One column an import file may have: its header name, whether every row must fill it, what it
 * means and an example value (the downloadable templates and the import page show all four).
 */
@Schema(name = "ImportColumn") // the simple name is taken by another type in the API
public record Column(String name, boolean required, String description, String example) {

    static Column required(String name, String description, String example) {
        return new Column(name, true, description, example);
    }

    static Column optional(String name, String description, String example) {
        return new Column(name, false, description, example);
    }
}
