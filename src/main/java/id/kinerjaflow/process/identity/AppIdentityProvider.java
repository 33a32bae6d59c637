package id.kinerjaflow.process.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.kinerjaflow.base.Messages;
import id.kinerjaflow.security.AppUser;
import id.kinerjaflow.security.Role;
import id.kinerjaflow.security.UserDirectory;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's users and groups are KinerjaFlow's accounts and roles: one user store. Groups are
 * the roles (EMPLOYEE, APPRAISER, HR, BOARD, AUDITOR, ADMIN), so a task's candidate groups are
 * roles, and Cockpit and the REST API authenticate against the same passwords. Read-only: accounts
 * are managed in KinerjaFlow, not in Camunda Admin. Tenants are not used.
 */
class AppIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserDirectory directory;

    AppIdentityProvider(UserDirectory directory) {
        this.directory = directory;
    }

    // ---- users ----------------------------------------------------------------------------------

    @Override
    public User findUserById(String userId) {
        return directory.find(userId).map(AppIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new AppUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new AppUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in KinerjaFlow's tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    /** Users matching the query's criteria (groups and ids are looked up, the rest filtered). */
    List<AppUser> users(AppUserQuery q) {
        if (q.getTenantId() != null) {
            return List.of();
        }
        Stream<AppUser> users;
        if (q.getId() != null) {
            users = directory.find(q.getId()).stream();
        } else if (q.getIds() != null) {
            users = directory.find(Arrays.asList(q.getIds())).stream();
        } else if (q.getGroupId() != null) {
            users = role(q.getGroupId()).map(directory::membersOf).orElse(List.of()).stream();
        } else {
            users = directory.all().stream();
        }
        return users
                .filter(u -> q.getGroupId() == null || role(q.getGroupId()).map(u::hasRole).orElse(false))
                .filter(u -> q.getIds() == null || Arrays.asList(q.getIds()).contains(u.username()))
                .filter(u -> equal(q.getFirstName(), u.displayName()) && like(q.getFirstNameLike(), u.displayName()))
                .filter(u -> equal(q.getLastName(), "") && like(q.getLastNameLike(), ""))
                .filter(u -> q.getEmail() == null && q.getEmailLike() == null)
                .toList();
    }

    static UserEntity toUser(AppUser u) {
        UserEntity user = new UserEntity(u.username());
        user.setFirstName(u.displayName());
        user.setLastName("");
        return user;
    }

    // ---- groups -----------------------------------------------------------------------------------

    @Override
    public Group findGroupById(String groupId) {
        return role(groupId).map(AppIdentityProvider::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new AppGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new AppGroupQuery();
    }

    /** Groups (roles) matching the query's criteria. */
    List<Group> groups(AppGroupQuery q) {
        if (q.getTenantId() != null) {
            return List.of();
        }
        Stream<Role> roles = Arrays.stream(Role.values());
        if (q.getUserId() != null) {
            roles = directory.find(q.getUserId()).map(u -> u.roles().stream()).orElse(Stream.empty());
        }
        return roles
                .filter(r -> q.getId() == null || r.name().equals(q.getId()))
                .filter(r -> q.getIds() == null || Arrays.asList(q.getIds()).contains(r.name()))
                .map(AppIdentityProvider::toGroup)
                .filter(g -> equal(q.getName(), g.getName()) && like(q.getNameLike(), g.getName()))
                .filter(g -> q.getType() == null || q.getType().equals(g.getType()))
                .sorted(java.util.Comparator.comparing(Group::getId))
                .map(Group.class::cast)
                .toList();
    }

    static GroupEntity toGroup(Role role) {
        GroupEntity group = new GroupEntity(role.name());
        group.setName(Messages.translate("role." + role.name(), Messages.INDONESIAN));
        group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
        return group;
    }

    static Optional<Role> role(String groupId) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(groupId)).findFirst();
    }

    // ---- tenants: not used ---------------------------------------------------------------------------

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    // ---- session ----------------------------------------------------------------------------------------

    @Override
    public void flush() {
        // read-only
    }

    @Override
    public void close() {
        // nothing held
    }

    // ---- matching as Camunda's queries do (like: % and _ wildcards, case-insensitive) ------------------

    private static boolean equal(String expected, String actual) {
        return expected == null || expected.equals(actual);
    }

    static boolean like(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value == null ? "" : value.toLowerCase(Locale.ROOT)).matches();
    }
}
