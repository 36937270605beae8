package org.symbolon.server.cli;

import picocli.CommandLine.Command;

/** The root of the command line: {@code symbolon serve}, {@code symbolon user ...}, {@code group}, {@code policy}. */
@Command(
        name = "symbolon",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Symbolon, a self-hosted two-factor authentication server.",
        subcommands = {ServeCommand.class, UserCommand.class, GroupCommand.class, PolicyCommand.class, AuditCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:refused (name taken, weak password, last administrator, ...)",
            "2:bad arguments",
            "3:no such user or group",
            "4:database unreachable",
            "5:unexpected error"})
public class SymbolonCommand {
}
