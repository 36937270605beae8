package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.AccountAdministration;
import org.symbolon.core.account.AccountSelfService;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.NewUserRequest;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.ApiRequests.NewUserBody;
import org.symbolon.server.api.ApiRequests.UserPatch;
import org.symbolon.server.api.ApiViews.UserListView;
import org.symbolon.server.api.ApiViews.UserView;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.AdministrativeEvents;

/**
 * User administration for administrators, and for API tokens with the admin scopes; each change is
 * a security event in the name of the {@link Actor}.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Admin: users", description = "List, create and change users. Administrators only.")
class AdminUsersApiController {

    private final AccountAdministration accounts;
    private final AccountSelfService profiles;
    private final AdministrativeEvents events;
    private final AdminActionTargets targets;

    AdminUsersApiController(AccountAdministration accounts, AccountSelfService profiles, AdministrativeEvents events,
            AdminActionTargets targets) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.events = events;
        this.targets = targets;
    }

    @GetMapping
    @Operation(summary = "Users whose username, display name or e-mail contains the query, by username; pages count from 0, size at most 100.")
    UserListView list(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (query.length() > 200 || page < 0 || size < 1 || size > 100) {
            throw new ApiException(ApiError.INVALID_REQUEST);
        }
        return UserListView.of(accounts.search(query, page, size));
    }

    @PostMapping
    @Operation(summary = "Create a user. 409 username_taken, 422 weak_password.")
    ResponseEntity<UserView> create(@RequestBody NewUserBody body, Actor actor, HttpServletRequest request) {
        NewUserRequest newUser = new NewUserRequest(
                new Username(body.username()),
                new DisplayName(body.displayName()),
                EmailAddress.optional(body.email()),
                parse(Role.class, "role", body.role() == null ? "USER" : body.role()),
                body.password());
        UserAccount created = AccountOutcomes.require(accounts.create(newUser), "password");
        events.record(SecurityEventType.USER_CREATED, created, created.role().name(), actor, request);
        URI location = URI.create("/api/v1/admin/users/"
                + UriUtils.encodePathSegment(created.username().value(), StandardCharsets.UTF_8));
        return ResponseEntity.created(location).body(UserView.of(created));
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user. 404 user_not_found.")
    UserView show(@PathVariable String username) {
        return UserView.of(find(username));
    }

    @Transactional
    @PatchMapping("/{username}")
    @Operation(summary = "Change display name, e-mail, role (ADMIN, USER) or state (ACTIVE, DISABLED); members left out stay. "
            + "409 last_admin; 403 reauthentication_required for another user without a recent confirmation.")
    UserView change(@PathVariable String username, @RequestBody UserPatch body, Actor actor,
            HttpServletRequest request) {
        // As on the web pages: changing somebody else needs a second factor confirmed lately.
        UserAccount account = targets.actOn(username, actor, request);
        // Parse everything first, so that a bad member changes nothing.
        Optional<Role> role = Optional.ofNullable(body.role()).map(value -> parse(Role.class, "role", value));
        Optional<AccountState> state = Optional.ofNullable(body.state()).map(value -> parse(AccountState.class, "state", value));
        ProfileChange profile = ProfilePatch.apply(account, body.displayName(), body.email());
        // Refusable changes first; the transaction undoes them if a later one is refused.
        role.ifPresent(value -> AccountOutcomes.require(accounts.changeRole(account.username(), value), "password"));
        state.ifPresent(value -> AccountOutcomes.require(accounts.changeState(account.username(), value), "password"));
        if (ProfilePatch.touchesProfile(body.displayName(), body.email())) {
            profiles.changeProfile(account.username(), profile);
        }
        UserAccount changed = find(username);
        // In the same transaction as the changes: a refused change records nothing.
        if (changed.role() != account.role()) {
            events.record(SecurityEventType.ROLE_CHANGED, changed, changed.role().name(), actor, request);
        }
        if (changed.state() != account.state()) {
            events.record(changed.isActive() ? SecurityEventType.USER_ENABLED : SecurityEventType.USER_DISABLED,
                    changed, "", actor, request);
        }
        return UserView.of(changed);
    }

    private UserAccount find(String username) {
        try {
            return accounts.find(new Username(username)).orElseThrow(() -> new ApiException(ApiError.USER_NOT_FOUND));
        } catch (InputProblem notAName) {
            throw new ApiException(ApiError.USER_NOT_FOUND);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
        }
    }
}
