package org.symbolon.server.cli;

import picocli.CommandLine.Command;

/** {@code symbolon audit ...}: read the audit log against the database, with or without a running server. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Read the audit log of security events.",
        subcommands = {AuditListCommand.class})
public class AuditCommand {
}
