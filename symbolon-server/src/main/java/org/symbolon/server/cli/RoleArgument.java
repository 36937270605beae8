package org.symbolon.server.cli;

import java.util.Locale;
import org.symbolon.core.account.Role;
import picocli.CommandLine;

/** Parses a role named on the command line, in any case. */
final class RoleArgument {

    private RoleArgument() {
    }

    static Role parse(String typed, CommandLine commandLine) {
        try {
            return Role.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadValue(commandLine, "Unknown role '" + typed + "': use admin or user.");
        }
    }
}
