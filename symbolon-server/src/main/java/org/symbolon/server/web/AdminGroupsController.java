package org.symbolon.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.symbolon.core.account.Username;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.group.GroupOutcome;
import org.symbolon.core.group.UserGroup;
import org.symbolon.server.security.Actor;
import org.symbolon.server.security.Clients;

/**
 * Groups of users: the list, creating and deleting, members, and the mark "requires a second
 * factor" that the REQUIRED_FOR_GROUPS policy reads. A group that does not exist is a 404.
 */
@Controller
@RequestMapping("/admin/groups")
class AdminGroupsController {

    private final GroupAdministration groups;

    AdminGroupsController(GroupAdministration groups) {
        this.groups = groups;
    }

    @GetMapping
    String list(Model model) {
        return showList("", false, new FormErrors(), model);
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String groupName,
            @RequestParam(required = false) String requiresTwoFactor, Actor actor, HttpServletRequest request,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        GroupName name = errors.check("groupName", () -> new GroupName(groupName));
        Optional<Boolean> requires = AdminPages.parseCheckbox(requiresTwoFactor);
        if (requires.isEmpty()) {
            errors.add("requiresTwoFactor", "error.input.NOT_ALLOWED");
        }
        if (!errors.any()) {
            GroupOutcome outcome = groups.create(name, requires.get(), actor.auditName(), Clients.of(request));
            if (outcome instanceof GroupOutcome.Done done) {
                redirect.addFlashAttribute("notice", "admin.group.created");
                return "redirect:" + AdminPages.groupPath(done.group().name());
            }
            errors.add("groupName", "admin.groups.nameTaken");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showList(groupName.length() > GroupName.MAX_LENGTH * 4 ? "" : groupName, requires.orElse(false), errors, model);
    }

    @GetMapping("/{name}")
    String show(@PathVariable String name, Model model, HttpServletResponse response) {
        Optional<UserGroup> group = find(name);
        if (group.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        return showGroup(group.get(), "", new FormErrors(), model);
    }

    @PostMapping("/{name}/delete")
    String delete(@PathVariable String name, Actor actor, HttpServletRequest request, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        Optional<UserGroup> group = find(name);
        if (group.isEmpty() || groups.delete(group.get().name(), actor.auditName(), Clients.of(request))
                instanceof GroupOutcome.Refused) {
            return AdminPages.errorPage(404, model, response);
        }
        redirect.addFlashAttribute("notice", "admin.group.deleted");
        return "redirect:/admin/groups";
    }

    @PostMapping("/{name}/requirement")
    String requireTwoFactor(@PathVariable String name, @RequestParam(required = false) String requiresTwoFactor,
            Actor actor, HttpServletRequest request, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        Optional<UserGroup> group = find(name);
        Optional<Boolean> requires = AdminPages.parseCheckbox(requiresTwoFactor);
        if (group.isEmpty() || requires.isEmpty()) {
            return AdminPages.errorPage(group.isEmpty() ? 404 : 400, model, response);
        }
        GroupOutcome outcome = groups.requireTwoFactor(group.get().name(), requires.get(), actor.auditName(),
                Clients.of(request));
        if (outcome instanceof GroupOutcome.Refused) {
            return AdminPages.errorPage(404, model, response);
        }
        redirect.addFlashAttribute("notice", requires.get() ? "admin.group.requires" : "admin.group.doesNotRequire");
        return "redirect:" + AdminPages.groupPath(group.get().name());
    }

    @PostMapping("/{name}/members")
    String addMember(@PathVariable String name, @RequestParam(defaultValue = "") String username, Actor actor,
            HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<UserGroup> group = find(name);
        if (group.isEmpty()) {
            return AdminPages.errorPage(404, model, response);
        }
        FormErrors errors = new FormErrors();
        Username member = errors.check("username", () -> Username.parse(username));
        if (member != null) {
            GroupOutcome outcome = groups.addMember(group.get().name(), member, actor.auditName(), Clients.of(request));
            if (outcome instanceof GroupOutcome.Done) {
                redirect.addFlashAttribute("notice", "admin.group.memberAdded");
                return "redirect:" + AdminPages.groupPath(group.get().name());
            }
            GroupOutcome.Refusal refusal = ((GroupOutcome.Refused) outcome).refusal();
            if (refusal == GroupOutcome.Refusal.NO_SUCH_GROUP) {
                return AdminPages.errorPage(404, model, response);
            }
            errors.add("username", refusal == GroupOutcome.Refusal.NO_SUCH_USER
                    ? "admin.group.noSuchUser" : "admin.group.alreadyMember");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return showGroup(group.get(), username.length() > Username.MAX_LENGTH * 4 ? "" : username, errors, model);
    }

    @PostMapping("/{name}/members/remove")
    String removeMember(@PathVariable String name, @RequestParam(defaultValue = "") String username, Actor actor,
            HttpServletRequest request, RedirectAttributes redirect, Model model, HttpServletResponse response) {
        Optional<UserGroup> group = find(name);
        Optional<Username> member = AdminPages.parseName(username, Username::new);
        if (group.isEmpty() || member.isEmpty()) {
            return AdminPages.errorPage(group.isEmpty() ? 404 : 400, model, response);
        }
        GroupOutcome outcome = groups.removeMember(group.get().name(), member.get(), actor.auditName(), Clients.of(request));
        if (outcome instanceof GroupOutcome.Refused refused && refused.refusal() == GroupOutcome.Refusal.NO_SUCH_GROUP) {
            return AdminPages.errorPage(404, model, response);
        }
        // Not a member (any more), or no such user: either way the user is not in the group now.
        redirect.addFlashAttribute(outcome instanceof GroupOutcome.Done ? "notice" : "problem",
                outcome instanceof GroupOutcome.Done ? "admin.group.memberRemoved" : "admin.group.notAMember");
        return "redirect:" + AdminPages.groupPath(group.get().name());
    }

    private String showList(String typedName, boolean typedRequires, FormErrors errors, Model model) {
        model.addAttribute("groups", groups.list());
        model.addAttribute("groupName", typedName);
        model.addAttribute("requiresTwoFactor", typedRequires);
        model.addAttribute("errors", errors);
        model.addAttribute("maxNameLength", GroupName.MAX_LENGTH);
        return "admin/groups";
    }

    private String showGroup(UserGroup group, String typedUsername, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("members", groups.members(group));
        model.addAttribute("username", typedUsername);
        model.addAttribute("errors", errors);
        return "admin/group";
    }

    private Optional<UserGroup> find(String name) {
        return AdminPages.parseName(name, GroupName::new).flatMap(groups::find);
    }
}
