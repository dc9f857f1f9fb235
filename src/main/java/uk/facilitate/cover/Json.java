package uk.facilitate.cover;

/** The little JSON writing the large cover answers need, done by hand for speed. */
final class Json {

    private Json() {
    }

    /** {@code "columnKind":…,"columns":[{"id":…,"name":…,"localityId":…},…]} */
    static void columns(StringBuilder out, boolean bySetting, java.util.List<CoverColumn> columns) {
        out.append("\"columnKind\":\"").append(bySetting ? "setting" : "locality").append("\",\"columns\":[");
        for (int c = 0; c < columns.size(); c++) {
            CoverColumn column = columns.get(c);
            out.append(c == 0 ? "" : ",").append("{\"id\":").append(column.id()).append(",\"name\":");
            string(out, column.name());
            out.append(",\"localityId\":").append(column.localityId()).append('}');
        }
        out.append(']');
    }

    /** {@code {"programme":…,"programmeName":…,"needLevel":…} without the closing brace, after a comma if not first. */
    static void rowHead(StringBuilder out, boolean first, CoverRow row) {
        out.append(first ? "" : ",").append("{\"programme\":");
        string(out, row.programmeId());
        out.append(",\"programmeName\":");
        string(out, row.programmeName());
        out.append(",\"needLevel\":").append(row.needLevel().number());
    }

    /** Appends {@code value} as a JSON string (or {@code null}). */
    static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
