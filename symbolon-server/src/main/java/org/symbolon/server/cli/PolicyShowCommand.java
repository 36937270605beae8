package org.symbolon.server.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon policy show}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show the instance policy, and what is in force where it says \"as configured\".")
class PolicyShowCommand extends ConsoleCommand {

    @Option(names = "--json", description = "Print JSON, for scripts.")
    boolean json;

    @Override
    int run(ApplicationContext context) {
        PolicyView view = PolicyView.of(context);
        if (json) {
            JsonOutput.print(out(), view.asJson());
        } else {
            view.print(out());
        }
        return ExitCodes.OK;
    }
}
