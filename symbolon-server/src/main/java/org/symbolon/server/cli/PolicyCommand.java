package org.symbolon.server.cli;

import picocli.CommandLine.Command;

/** {@code symbolon policy show|set}: the instance-wide second-factor policy. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = "Show or change the instance policy: who must use a second factor, and how.",
        subcommands = {PolicyShowCommand.class, PolicySetCommand.class})
public class PolicyCommand {
}
