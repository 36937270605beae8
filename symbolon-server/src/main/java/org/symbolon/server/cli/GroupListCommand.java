package org.symbolon.server.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.UserGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon group list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the groups, by name.")
class GroupListCommand extends GroupAdministrationCommand {

    private static final String ROW = "%-32s %-12s %s%n";

    @Option(names = "--json", description = "Print JSON, for scripts.")
    boolean json;

    @Override
    int run(GroupAdministration groups) {
        List<UserGroup> all = groups.list();
        if (json) {
            JsonOutput.print(out(), all.stream().map(GroupListCommand::asJson).toList());
            return ExitCodes.OK;
        }
        out().printf(ROW, "GROUP", "REQUIRES 2FA", "MEMBERS");
        for (UserGroup group : all) {
            out().printf(ROW, group.name(), group.requiresTwoFactor() ? "yes" : "no", group.memberCount());
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> asJson(UserGroup group) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("name", group.name().value());
        shown.put("requiresTwoFactor", group.requiresTwoFactor());
        shown.put("members", group.memberCount());
        shown.put("createdAt", JsonOutput.time(group.createdAt()));
        return shown;
    }
}
