package uk.facilitate.imports;

/**
 * One column an import file may have: its header name, whether every row must fill it, what it
 * means and an example value (the downloadable templates and the import page show all four).
 */
public record Column(String name, boolean required, String description, String example) {

    static Column required(String name, String description, String example) {
        return new Column(name, true, description, example);
    }

    static Column optional(String name, String description, String example) {
        return new Column(name, false, description, example);
    }
}
