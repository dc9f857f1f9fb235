package uk.facilitate.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.facilitate.platform.Access;
import uk.facilitate.platform.security.Role;
import uk.facilitate.platform.security.UserAccount;
import uk.facilitate.staff.StaffChoice;
import uk.facilitate.staff.StaffDirectory;
import uk.facilitate.web.Pages;

/** The administrators' page of sign-in accounts: list, create, change roles, disable or enable, reset passwords. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Access access;

    private String search;
    private final LazyDataModel<UserAccount> accounts = new Accounts();

    private String username;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Role.STAFF));
    private StaffChoice staff;

    private UserAccount selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String newPassword;

    private final class Accounts extends LazyDataModel<UserAccount> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.count(search);
        }

        @Override
        public List<UserAccount> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return users.list(search, first, pageSize);
        }

        @Override
        public String getRowKey(UserAccount account) {
            return String.valueOf(account.getId());
        }
    }

    public void create() {
        String name = username;
        Long staffId = staff == null ? null : staff.id();
        if (Pages.attempt(() -> users.create(name, password, staffId, Set.copyOf(roles))) != null) {
            Messages.addGlobalInfo("Created the account " + name.strip() + ". Give them the password in person or by phone,"
                    + " never by email.");
            username = null;
            password = null;
            roles = new ArrayList<>(List.of(Role.STAFF));
            staff = null;
        }
    }

    public void editRoles(UserAccount account) {
        selected = account;
        selectedRoles = new ArrayList<>(account.getRoles());
    }

    public void saveRoles() {
        UserAccount changed = Pages.attempt(() -> users.changeRoles(selected.getId(), Set.copyOf(selectedRoles),
                selected.getVersion()));
        if (changed != null) {
            Messages.addGlobalInfo("Roles of " + changed.getUsername() + ": " + changed.getRoleLabels() + ".");
        }
    }

    public void disable(UserAccount account) {
        UserAccount changed = Pages.attempt(() -> users.setEnabled(account.getId(), false));
        if (changed != null) {
            Messages.addGlobalInfo("Disabled " + changed.getUsername() + ": they can no longer sign in.");
        }
    }

    public void enable(UserAccount account) {
        UserAccount changed = Pages.attempt(() -> users.setEnabled(account.getId(), true));
        if (changed != null) {
            Messages.addGlobalInfo("Enabled " + changed.getUsername() + ": they can sign in again.");
        }
    }

    public void startReset(UserAccount account) {
        selected = account;
        newPassword = null;
    }

    public void resetPassword() {
        String chosen = newPassword;
        UserAccount changed = Pages.attempt(() -> users.resetPassword(selected.getId(), chosen));
        if (changed != null) {
            newPassword = null;
            Messages.addGlobalInfo("Set a new password for " + changed.getUsername() + ".");
        }
    }

    public List<StaffChoice> completeStaff(String text) {
        return directory.choices(text, 15);
    }

    /** The signed-in administrator's own account, which they may not disable. */
    public boolean isSelf(UserAccount account) {
        return access.user().map(u -> u.getId() == account.getId()).orElse(false);
    }

    public List<String> getAllRoles() {
        return Role.ALL;
    }

    public String roleLabel(String role) {
        return Role.label(role);
    }

    public LazyDataModel<UserAccount> getAccounts() {
        return accounts;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public StaffChoice getStaff() {
        return staff;
    }

    public void setStaff(StaffChoice staff) {
        this.staff = staff;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles == null ? new ArrayList<>() : selectedRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
