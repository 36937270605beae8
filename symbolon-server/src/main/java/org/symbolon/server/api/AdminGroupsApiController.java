package org.symbolon.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.group.GroupOutcome;
import org.symbolon.core.group.UserGroup;
import org.symbolon.core.text.InputProblem;
import org.symbolon.server.api.AdminGroupsApiViews.GroupListView;
import org.symbolon.server.api.AdminGroupsApiViews.GroupPatch;
import org.symbolon.server.api.AdminGroupsApiViews.GroupView;
import org.symbolon.server.api.AdminGroupsApiViews.NewGroupBody;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/**
 * Groups of users, for administrators. Membership is set with PUT and DELETE, both idempotent:
 * adding a member twice or removing a non-member answers 204 and changes (and logs) nothing.
 */
@RestController
@RequestMapping("/api/v1/admin/groups")
@Tag(name = "Admin: groups", description = "Groups of users; with requiresTwoFactor, policy REQUIRED_FOR_GROUPS "
        + "requires a second factor of their members. Administrators only.")
class AdminGroupsApiController {

    private final GroupAdministration groups;

    AdminGroupsApiController(GroupAdministration groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "Every group, by name, with its number of members.")
    GroupListView list() {
        return GroupListView.of(groups.list());
    }

    @Transactional
    @PostMapping
    @Operation(summary = "Create a group: name (1-64 characters, unique ignoring case), requiresTwoFactor (default "
            + "false). 409 group_name_taken.")
    ResponseEntity<GroupView> create(@RequestBody NewGroupBody body, Actor actor, HttpServletRequest request) {
        GroupName name = new GroupName(body.name());
        boolean requiresTwoFactor = Optional.ofNullable(body.requiresTwoFactor()).orElse(false);
        UserGroup created = require(groups.create(name, requiresTwoFactor, actor.auditName(), Clients.of(request)));
        URI location = URI.create("/api/v1/admin/groups/" + UriUtils.encodePathSegment(created.name().value(),
                StandardCharsets.UTF_8));
        return ResponseEntity.created(location).body(GroupView.of(created, List.of()));
    }

    @GetMapping("/{name}")
    @Operation(summary = "One group with its members' usernames. 404 group_not_found.")
    GroupView show(@PathVariable String name) {
        UserGroup group = find(name);
        return GroupView.of(group, groups.members(group));
    }

    @Transactional
    @PatchMapping("/{name}")
    @Operation(summary = "Change requiresTwoFactor; left out, it stays. 404 group_not_found.")
    GroupView change(@PathVariable String name, @RequestBody GroupPatch body, Actor actor, HttpServletRequest request) {
        UserGroup group = find(name);
        if (body.requiresTwoFactor() != null) {
            group = require(groups.requireTwoFactor(group.name(), body.requiresTwoFactor(), actor.auditName(),
                    Clients.of(request)));
        }
        return GroupView.of(group, groups.members(group));
    }

    @Transactional
    @DeleteMapping("/{name}")
    @Operation(summary = "Delete a group; its members stay users. 404 group_not_found.")
    ResponseEntity<Void> delete(@PathVariable String name, Actor actor, HttpServletRequest request) {
        require(groups.delete(find(name).name(), actor.auditName(), Clients.of(request)));
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @PutMapping("/{name}/members/{username}")
    @Operation(summary = "Make the user a member; 204 also when the user is one already. 404 group_not_found, "
            + "404 user_not_found.")
    ResponseEntity<Void> addMember(@PathVariable String name, @PathVariable String username, Actor actor,
            HttpServletRequest request) {
        UserGroup group = find(name);
        requireUnlessSoAlready(groups.addMember(group.name(), member(username), actor.auditName(), Clients.of(request)),
                GroupOutcome.Refusal.ALREADY_MEMBER);
        return ResponseEntity.noContent().build();
    }

    @Transactional
    @DeleteMapping("/{name}/members/{username}")
    @Operation(summary = "Take the user out of the group; 204 also when the user was not a member. "
            + "404 group_not_found, 404 user_not_found.")
    ResponseEntity<Void> removeMember(@PathVariable String name, @PathVariable String username, Actor actor,
            HttpServletRequest request) {
        UserGroup group = find(name);
        requireUnlessSoAlready(groups.removeMember(group.name(), member(username), actor.auditName(), Clients.of(request)),
                GroupOutcome.Refusal.NOT_A_MEMBER);
        return ResponseEntity.noContent().build();
    }

    /** @throws ApiException 404 group_not_found, also for a path segment that no group name can be */
    private UserGroup find(String name) {
        try {
            return groups.find(new GroupName(name)).orElseThrow(() -> new ApiException(ApiError.GROUP_NOT_FOUND));
        } catch (InputProblem notAName) {
            throw new ApiException(ApiError.GROUP_NOT_FOUND);
        }
    }

    private static Username member(String username) {
        try {
            return new Username(username);
        } catch (InputProblem notAName) {
            throw new ApiException(ApiError.USER_NOT_FOUND);
        }
    }

    /** For PUT and DELETE of a membership: a refusal that says "it is so already" is success. */
    private static void requireUnlessSoAlready(GroupOutcome outcome, GroupOutcome.Refusal soAlready) {
        if (!(outcome instanceof GroupOutcome.Refused refused && refused.refusal() == soAlready)) {
            require(outcome);
        }
    }

    private static UserGroup require(GroupOutcome outcome) {
        if (outcome instanceof GroupOutcome.Done done) {
            return done.group();
        }
        throw new ApiException(switch (((GroupOutcome.Refused) outcome).refusal()) {
            case NAME_TAKEN -> ApiError.GROUP_NAME_TAKEN;
            case NO_SUCH_GROUP -> ApiError.GROUP_NOT_FOUND;
            case NO_SUCH_USER -> ApiError.USER_NOT_FOUND;
            // Never here: requireUnlessSoAlready takes them as success.
            case ALREADY_MEMBER, NOT_A_MEMBER -> ApiError.INTERNAL_ERROR;
        });
    }
}
