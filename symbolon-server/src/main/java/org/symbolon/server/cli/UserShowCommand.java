package org.symbolon.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.account.Username;
import org.symbolon.core.admin.SupportOutcome;
import org.symbolon.core.admin.TwoFactorSupport;
import org.symbolon.core.admin.UserSecurityOverview;
import org.symbolon.core.factor.StoredHotpToken;
import org.symbolon.core.factor.StoredSecurityKey;
import org.symbolon.core.factor.StoredTotpCredential;
import org.symbolon.core.group.UserGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code symbolon user show NAME}: the account and its second factor, as the admin page shows them. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one user and their second factor.")
class UserShowCommand extends ConsoleCommand {

    private static final String LINE = "%-17s %s%n";

    @Parameters(paramLabel = "NAME", description = "The username.")
    String name;

    @Option(names = "--json", description = "Print JSON, for scripts.")
    boolean json;

    @Override
    void checkArguments() {
        Username.parse(name);
    }

    @Override
    int run(ApplicationContext context) {
        Optional<UserSecurityOverview> found = context.getBean(TwoFactorSupport.class).overview(Username.parse(name));
        if (found.isEmpty()) {
            return fail(ExitCodes.NO_SUCH_USER, CliMessages.describe(SupportOutcome.Refusal.NO_SUCH_USER));
        }
        if (json) {
            JsonOutput.print(out(), asJson(found.get()));
        } else {
            print(found.get(), out());
        }
        return ExitCodes.OK;
    }

    private static void print(UserSecurityOverview overview, PrintWriter out) {
        UserAccount user = overview.account();
        out.printf(LINE, "Username:", user.username());
        out.printf(LINE, "Display name:", user.displayName());
        out.printf(LINE, "E-mail:", user.email().map(Object::toString).orElse(""));
        out.printf(LINE, "Role:", user.role());
        out.printf(LINE, "State:", user.state());
        out.printf(LINE, "Created:", JsonOutput.time(user.createdAt()));
        out.printf(LINE, "Groups:", overview.groups().isEmpty() ? "none" : overview.groups().stream()
                .map(group -> group.name().value() + (group.requiresTwoFactor() ? " (requires 2FA)" : ""))
                .collect(Collectors.joining(", ")));
        out.printf(LINE, "2FA rule:", describeRule(overview));
        out.printf(LINE, "2FA required:", overview.required() ? "yes" : "no");
        out.printf(LINE, "Authenticators:", overview.authenticators().isEmpty() ? "none" : overview.authenticators().size());
        for (StoredTotpCredential authenticator : overview.authenticators()) {
            out.printf("  %-15s created %s, %s%n", displayName(authenticator), JsonOutput.time(authenticator.createdAt()),
                    authenticator.lastUsedAt() == null ? "never used"
                            : "last used " + JsonOutput.time(authenticator.lastUsedAt()));
        }
        out.printf(LINE, "HOTP tokens:", overview.tokens().isEmpty() ? "none" : overview.tokens().size());
        for (StoredHotpToken token : overview.tokens()) {
            out.printf("  %-15s created %s, %s%n", displayName(token.name()), JsonOutput.time(token.createdAt()),
                    token.lastUsedAt() == null ? "never used" : "last used " + JsonOutput.time(token.lastUsedAt()));
        }
        out.printf(LINE, "Security keys:", overview.securityKeys().isEmpty() ? "none" : overview.securityKeys().size());
        for (StoredSecurityKey key : overview.securityKeys()) {
            out.printf("  %-15s created %s, %s%n", displayName(key.name()), JsonOutput.time(key.createdAt()),
                    key.lastUsedAt() == null ? "never used" : "last used " + JsonOutput.time(key.lastUsedAt()));
        }
        out.printf(LINE, "E-mail codes:", overview.emailFactor()
                .map(factor -> "to " + factor.address().value() + ", added " + JsonOutput.time(factor.createdAt())).orElse("none"));
        out.printf(LINE, "SMS codes:", overview.smsFactor()
                .map(factor -> "to " + factor.phone().e164() + ", added " + JsonOutput.time(factor.createdAt())).orElse("none"));
        out.printf(LINE, "Recovery codes:", overview.recoveryCodesLeft() + " left");
        out.printf(LINE, "Failed attempts:", overview.attempts().consecutiveFailures()
                + (overview.attempts().lastFailureAt() == null ? "" : " (last " + JsonOutput.time(overview.attempts().lastFailureAt()) + ")"));
        out.printf(LINE, "Second step:", overview.attempts().locked() ? "LOCKED (user unlock NAME, or a recovery code, opens it)"
                : "open");
        out.printf(LINE, "Bypass code:", overview.bypassCodeExpiresAt()
                .map(expiry -> "pending, valid until " + JsonOutput.time(expiry)).orElse("none"));
    }

    private static String describeRule(UserSecurityOverview overview) {
        return switch (overview.rule()) {
            case POLICY -> "POLICY (as the instance policy says)";
            case REQUIRED -> "REQUIRED (whatever the policy says)";
            case EXEMPT -> "EXEMPT (never required, whatever the policy says)";
        };
    }

    private static String displayName(StoredTotpCredential authenticator) {
        return displayName(authenticator.name());
    }

    private static String displayName(String name) {
        return name == null || name.isBlank() ? "(no name)" : name;
    }

    private static Map<String, Object> asJson(UserSecurityOverview overview) {
        UserAccount user = overview.account();
        Map<String, Object> twoFactor = new LinkedHashMap<>();
        twoFactor.put("rule", overview.rule().name());
        twoFactor.put("required", overview.required());
        twoFactor.put("authenticators", overview.authenticators().stream().map(authenticator -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", authenticator.name());
            entry.put("createdAt", JsonOutput.time(authenticator.createdAt()));
            entry.put("lastUsedAt", JsonOutput.time(authenticator.lastUsedAt()));
            return entry;
        }).toList());
        twoFactor.put("hotpTokens", overview.tokens().stream().map(token -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", token.name());
            entry.put("createdAt", JsonOutput.time(token.createdAt()));
            entry.put("lastUsedAt", JsonOutput.time(token.lastUsedAt()));
            return entry;
        }).toList());
        twoFactor.put("securityKeys", overview.securityKeys().stream().map(key -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", key.name());
            entry.put("createdAt", JsonOutput.time(key.createdAt()));
            entry.put("lastUsedAt", JsonOutput.time(key.lastUsedAt()));
            return entry;
        }).toList());
        twoFactor.put("emailFactor", overview.emailFactor().map(factor -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", factor.address().value());
            entry.put("createdAt", JsonOutput.time(factor.createdAt()));
            return entry;
        }).orElse(null));
        twoFactor.put("smsFactor", overview.smsFactor().map(factor -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("phone", factor.phone().e164());
            entry.put("createdAt", JsonOutput.time(factor.createdAt()));
            return entry;
        }).orElse(null));
        twoFactor.put("recoveryCodesLeft", overview.recoveryCodesLeft());
        twoFactor.put("failedAttempts", overview.attempts().consecutiveFailures());
        twoFactor.put("locked", overview.attempts().locked());
        twoFactor.put("bypassCodeExpiresAt", overview.bypassCodeExpiresAt().map(JsonOutput::time).orElse(null));
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("username", user.username().value());
        shown.put("displayName", user.displayName().value());
        shown.put("email", user.email().map(Object::toString).orElse(null));
        shown.put("role", user.role().name());
        shown.put("state", user.state().name());
        shown.put("createdAt", JsonOutput.time(user.createdAt()));
        shown.put("groups", groupNames(overview.groups()));
        shown.put("twoFactor", twoFactor);
        return shown;
    }

    private static List<String> groupNames(List<UserGroup> groups) {
        return groups.stream().map(group -> group.name().value()).toList();
    }
}
