package org.symbolon.server.cli;

import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.group.GroupAdministration;
import org.symbolon.core.group.GroupName;
import org.symbolon.core.group.GroupOutcome;
import org.symbolon.core.group.UserGroup;

/**
 * A console command on groups through the core's {@link GroupAdministration}, which records each
 * change as a security event with the actor {@code console}.
 */
abstract class GroupAdministrationCommand extends ConsoleCommand {

    @Override
    final int run(ApplicationContext context) {
        return run(context.getBean(GroupAdministration.class));
    }

    abstract int run(GroupAdministration groups);

    /** Prints the success line, told the group as stored (its name as created), or the refusal. */
    final int report(GroupOutcome outcome, Function<UserGroup, String> success) {
        if (outcome instanceof GroupOutcome.Refused refused) {
            int exitCode = switch (refused.refusal()) {
                case NO_SUCH_GROUP, NO_SUCH_USER -> ExitCodes.NOT_FOUND;
                case NAME_TAKEN, ALREADY_MEMBER, NOT_A_MEMBER -> ExitCodes.REFUSED;
            };
            return fail(exitCode, CliMessages.describe(refused.refusal()));
        }
        out().println(success.apply(((GroupOutcome.Done) outcome).group()));
        return ExitCodes.OK;
    }

    final int noSuchGroup() {
        return fail(ExitCodes.NOT_FOUND, CliMessages.describe(GroupOutcome.Refusal.NO_SUCH_GROUP));
    }

    static GroupName groupName(String typed) {
        return new GroupName(typed);
    }
}
