package uk.facilitate.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import java.util.Iterator;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.facilitate.platform.DatabaseRefusals;
import uk.facilitate.shared.ConcurrentEdit;
import uk.facilitate.shared.Forbidden;
import uk.facilitate.shared.InvalidInput;
import uk.facilitate.shared.NotFound;

/**
 * The one place pages turn the application's failures into what a user sees: {@link InvalidInput}
 * becomes a message beside each field (the component whose id is the problem's field name), a
 * concurrent edit or a refusal becomes a message at the top of the page. Beans call services
 * through it instead of catching exceptions themselves.
 */
public final class Pages {

    private Pages() {
    }

    /** Runs an action that changes something; returns whether it succeeded (failures are shown). */
    public static boolean attempt(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs an action that returns a result; {@code null} when it failed (failures are shown). */
    public static <T> T attempt(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException failure) {
            Throwable e = unwrap(failure);
            e = DatabaseRefusals.translate(e).map(Throwable.class::cast).orElse(e);
            if (e instanceof InvalidInput invalid) {
                invalid.problems().forEach(Pages::show);
                FacesContext.getCurrentInstance().validationFailed();
            } else if (e instanceof ConcurrentEdit || e instanceof Forbidden || e instanceof NotFound) {
                Messages.addGlobalError(e.getMessage());
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                throw failure;
            }
            return null;
        }
    }

    /**
     * Loads what a page shows when it opens (a view action or {@code @PostConstruct}): a record the
     * user may not see answers 404 (someone else's) or 403, never a page with a stack trace.
     */
    public static <T> T require(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException failure) {
            Throwable e = unwrap(failure);
            if (e instanceof NotFound || e instanceof Forbidden) {
                FacesContext faces = FacesContext.getCurrentInstance();
                // A bean asked again in the same request (a getter after @PostConstruct) must not send a
                // second error: the response is already committed and that would be a 500.
                if (!faces.getResponseComplete()) {
                    Faces.responseSendError(e instanceof NotFound ? 404 : 403, e.getMessage());
                    faces.responseComplete();
                }
                return null;
            }
            throw failure;
        }
    }

    /** Shows one problem beside its field when the page has a component with that id, else at the top. */
    static void show(InvalidInput.Problem problem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent field = problem.field() == null ? null : find(faces.getViewRoot(), problem.field());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.message(), problem.message());
        if (field == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.toString(), problem.toString()));
        } else {
            faces.addMessage(field.getClientId(faces), message);
        }
    }

    /** The component with this id, preferring one inside the form being submitted. */
    private static UIComponent find(UIComponent root, String id) {
        UIForm submitted = submittedForm(root);
        UIComponent found = submitted == null ? null : findById(submitted, id);
        return found != null ? found : findById(root, id);
    }

    private static UIForm submittedForm(UIComponent component) {
        if (component instanceof UIForm form && form.isSubmitted()) {
            return form;
        }
        for (Iterator<UIComponent> it = component.getFacetsAndChildren(); it.hasNext(); ) {
            UIForm form = submittedForm(it.next());
            if (form != null) {
                return form;
            }
        }
        return null;
    }

    private static UIComponent findById(UIComponent component, String id) {
        if (id.equals(component.getId())) {
            return component;
        }
        for (Iterator<UIComponent> it = component.getFacetsAndChildren(); it.hasNext(); ) {
            UIComponent found = findById(it.next(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof jakarta.ejb.EJBException || current instanceof jakarta.transaction.RollbackException
                || current instanceof jakarta.el.ELException || current instanceof jakarta.faces.FacesException
                || current.getClass().getName().endsWith("TransactionalException")) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
