package uk.facilitate.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.facilitate.staff.StaffChoice;
import uk.facilitate.staff.StaffDirectory;

/**
 * Turns a chosen person in a search field ({@code p:autoComplete}) into their id and back; a CDI
 * bean ({@code converter="#{staffChoiceConverter}"}) so it can use the directory's access rules.
 */
@Named
@ApplicationScoped
public class StaffChoiceConverter implements Converter<StaffChoice> {

    @Inject
    private StaffDirectory directory;

    @Override
    public StaffChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return directory.choice(Long.parseLong(value.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, StaffChoice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
