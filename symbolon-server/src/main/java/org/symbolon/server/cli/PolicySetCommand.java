package org.symbolon.server.cli;

import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.factor.SecondFactorMethod;
import org.symbolon.core.otp.OtpAlgorithm;
import org.symbolon.core.otp.TotpSettings;
import org.symbolon.core.policy.InstancePolicy;
import org.symbolon.core.policy.PolicyAdministration;
import org.symbolon.core.policy.TwoFactorRequirement;
import org.symbolon.server.policy.CurrentPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code symbolon policy set ...}: changes what is given and keeps the rest. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Change the instance policy: only the settings given change.")
class PolicySetCommand extends ConsoleCommand {

    // Strings, parsed by PolicyArguments: a wrong value gets one line naming what the option takes.
    @Option(names = "--requirement", paramLabel = "R",
            description = "OPTIONAL, REQUIRED_FOR_ADMINS, REQUIRED_FOR_GROUPS or REQUIRED_FOR_ALL.")
    String requirement;

    @Option(names = "--grace-days", paramLabel = "N", description = "Days a user may put off a required enrollment: 0 to 365.")
    String graceDays;

    @Option(names = "--methods", paramLabel = "LIST", description = "Allowed methods: totp,recovery_code or totp.")
    String methods;

    @Option(names = "--service-name", paramLabel = "S",
            description = "The name shown in authenticator apps; '' for the configuration's (symbolon.service-name).")
    String serviceName;

    @Option(names = "--totp-algorithm", paramLabel = "A", description = "Of new authenticators: SHA1, SHA256 or SHA512.")
    String totpAlgorithm;

    @Option(names = "--totp-digits", paramLabel = "D", description = "Of new authenticators: 6 or 8.")
    String totpDigits;

    @Option(names = "--totp-period", paramLabel = "P", description = "Of new authenticators: 30 or 60 seconds.")
    String totpPeriod;

    @Option(names = "--totp-defaults", paramLabel = "config",
            description = "'config': new authenticators get the configuration's settings (symbolon.totp.*) again.")
    String totpDefaults;

    private TwoFactorRequirement newRequirement;
    private Integer newGraceDays;
    private Set<SecondFactorMethod> newMethods;
    private OtpAlgorithm newAlgorithm;
    private Integer newDigits;
    private Integer newPeriod;

    @Override
    void checkArguments() {
        PolicyArguments parse = new PolicyArguments(this::badValue);
        boolean anyTotp = totpAlgorithm != null || totpDigits != null || totpPeriod != null;
        if (requirement == null && graceDays == null && methods == null && serviceName == null && !anyTotp
                && totpDefaults == null) {
            throw badValue("nothing to change: give at least one setting (see 'symbolon policy set --help').");
        }
        if (anyTotp && totpDefaults != null) {
            throw badValue("--totp-defaults config and --totp-algorithm/--totp-digits/--totp-period exclude each other.");
        }
        newRequirement = requirement == null ? null : parse.requirement(requirement);
        newGraceDays = graceDays == null ? null : parse.graceDays(graceDays);
        newMethods = methods == null ? null : parse.methods(methods);
        newAlgorithm = totpAlgorithm == null ? null : parse.algorithm(totpAlgorithm);
        newDigits = totpDigits == null ? null : parse.digits(totpDigits);
        newPeriod = totpPeriod == null ? null : parse.period(totpPeriod);
        if (totpDefaults != null) {
            parse.configDefaults(totpDefaults);
        }
    }

    @Override
    int run(ApplicationContext context) {
        CurrentPolicy current = context.getBean(CurrentPolicy.class);
        InstancePolicy before = current.get();
        // The constructor checks the whole (e.g. the length of the service name): InputProblem, exit code 2.
        InstancePolicy after = new InstancePolicy(
                newRequirement == null ? before.requirement() : newRequirement,
                newGraceDays == null ? before.graceDays() : newGraceDays,
                newMethods == null ? before.allowedMethods() : newMethods,
                serviceName == null ? before.serviceName()
                        : serviceName.isBlank() ? Optional.empty() : Optional.of(serviceName),
                totpDefaults(before, current));
        PolicyAdministration.Changed changed = context.getBean(PolicyAdministration.class)
                .change(after, SecurityEvent.CONSOLE, Optional.empty(), ClientInfo.CONSOLE);
        out().println("Changed the policy. It is now:");
        PolicyView.of(context).print(out());
        if (changed.strandedUsers() > 0) {
            int stranded = changed.strandedUsers();
            out().printf("Warning: %s no method they may sign in with; each needs a bypass code"
                    + " (symbolon user bypass-code NAME) until their method is allowed again.%n",
                    stranded == 1 ? "1 active user now has" : stranded + " active users now have");
        }
        return ExitCodes.OK;
    }

    /** A part given alone changes only that part of the settings in force, the configuration's included. */
    private Optional<TotpSettings> totpDefaults(InstancePolicy before, CurrentPolicy current) {
        if (totpDefaults != null) {
            return Optional.empty();
        }
        if (newAlgorithm == null && newDigits == null && newPeriod == null) {
            return before.totpDefaults();
        }
        TotpSettings base = current.totpDefaults();
        return Optional.of(new TotpSettings(
                newAlgorithm == null ? base.algorithm() : newAlgorithm,
                newDigits == null ? base.digits() : newDigits,
                newPeriod == null ? base.periodSeconds() : newPeriod));
    }
}
