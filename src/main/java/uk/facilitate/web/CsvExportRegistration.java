package uk.facilitate.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes {@link SafeCsvExporter} the CSV exporter of every PrimeFaces data table, so no page can
 * export CSV unsafely. Done on the first Faces request (registered in {@code faces-config.xml}):
 * PrimeFaces' exporter registry cannot be built while the Faces application itself is starting.
 */
public class CsvExportRegistration implements PhaseListener {

    private static volatile boolean registered;

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!registered) {
            synchronized (CsvExportRegistration.class) {
                if (!registered) {
                    DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                    registered = true;
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing to do after the phase
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
