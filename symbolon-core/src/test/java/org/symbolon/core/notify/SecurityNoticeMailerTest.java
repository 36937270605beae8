package org.symbolon.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.symbolon.core.account.DisplayName;
import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.account.ProfileChange;
import org.symbolon.core.account.Role;
import org.symbolon.core.account.AccountState;
import org.symbolon.core.account.UserAccount;
import org.symbolon.core.audit.ClientInfo;
import org.symbolon.core.audit.SecurityEvent;
import org.symbolon.core.audit.SecurityEventLog;
import org.symbolon.core.audit.SecurityEventType;
import org.symbolon.core.testing.InMemoryUserStore;

/** Which events become mails, to whom, in which language; and that the log comes first. */
class SecurityNoticeMailerTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:15:00Z");
    private static final ClientInfo BROWSER = new ClientInfo("203.0.113.7", "Firefox");

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final Map<Long, MailLanguage> kept = new HashMap<>();
    private final List<OutgoingMail> sent = new ArrayList<>();
    private final SecurityNoticeMailer mailer = new SecurityNoticeMailer(users, new MailLanguageStore() {
        @Override
        public Optional<MailLanguage> find(long userId) {
            return Optional.ofNullable(kept.get(userId));
        }

        @Override
        public void remember(long userId, MailLanguage language) {
            kept.put(userId, language);
        }
    }, MailLanguage.ENGLISH, (notice, recipient, to, language) -> new OutgoingMail(to,
            notice.kind() + " " + language.tag(), "text", "<p>html</p>"), mail -> {
                sent.add(mail);
                return new MailOutcome.Sent();
            });

    private UserAccount withAddress(String name, String address) {
        UserAccount account = users.put(name, Role.USER, AccountState.ACTIVE, "hash");
        users.updateProfile(account.id(), new ProfileChange(new DisplayName(""), EmailAddress.optional(address)));
        return users.findByUsername(account.username()).orElseThrow();
    }

    private static SecurityEvent event(SecurityEventType type, UserAccount user, String actor) {
        return new SecurityEvent(type, user.id(), user.username().value(), NOW, BROWSER, "", actor);
    }

    @Test
    void exactlyTheListedEventsAreMailedAndFailedAttemptsAreNot() {
        assertThat(NoticeKind.of(SecurityEventType.SECOND_FACTOR_DISABLED)).contains(NoticeKind.TWO_FACTOR_DISABLED);
        assertThat(NoticeKind.of(SecurityEventType.TWO_FACTOR_RESET)).contains(NoticeKind.TWO_FACTOR_RESET);
        assertThat(NoticeKind.of(SecurityEventType.TOTP_ENROLLED)).contains(NoticeKind.FACTOR_ADDED);
        assertThat(NoticeKind.of(SecurityEventType.HOTP_ENROLLED)).contains(NoticeKind.FACTOR_ADDED);
        assertThat(NoticeKind.of(SecurityEventType.HOTP_REMOVED)).contains(NoticeKind.FACTOR_REMOVED);
        assertThat(NoticeKind.of(SecurityEventType.TOTP_REMOVED)).contains(NoticeKind.FACTOR_REMOVED);
        assertThat(NoticeKind.of(SecurityEventType.RECOVERY_CODE_USED)).contains(NoticeKind.RECOVERY_CODE_USED);
        assertThat(NoticeKind.of(SecurityEventType.BYPASS_CODE_ISSUED)).contains(NoticeKind.BYPASS_CODE_ISSUED);
        assertThat(NoticeKind.of(SecurityEventType.TWO_FACTOR_RULE_CHANGED)).contains(NoticeKind.REQUIREMENT_CHANGED);
        assertThat(NoticeKind.of(SecurityEventType.SECOND_FACTOR_FAILED)).isEmpty();
        assertThat(NoticeKind.of(SecurityEventType.SECOND_FACTOR_SUCCEEDED)).isEmpty();
        assertThat(NoticeKind.of(SecurityEventType.POLICY_CHANGED)).isEmpty();
    }

    @Test
    void theLogRecordsFirstAndOnlyNoticeworthyEventsOfAnAccountArePosted() {
        List<String> order = new ArrayList<>();
        SecurityEventLog log = event -> order.add("logged " + event.type());
        NotifyingSecurityEventLog notifying = new NotifyingSecurityEventLog(log,
                notice -> order.add("posted " + notice.kind()));
        UserAccount alice = withAddress("alice", "alice@example.org");

        notifying.record(event(SecurityEventType.TOTP_ENROLLED, alice, null));
        notifying.record(event(SecurityEventType.SECOND_FACTOR_FAILED, alice, null));
        notifying.record(new SecurityEvent(SecurityEventType.TWO_FACTOR_RESET, null, null, NOW, BROWSER, "", "root"));

        assertThat(order).containsExactly("logged TOTP_ENROLLED", "posted FACTOR_ADDED",
                "logged SECOND_FACTOR_FAILED", "logged TWO_FACTOR_RESET");
    }

    @Test
    void aUserWithoutAnAddressGetsNoMailAndTheKeptLanguageWinsOverTheDefault() {
        UserAccount bob = users.put("bob", Role.USER, AccountState.ACTIVE, "hash");
        UserAccount carla = withAddress("carla", "carla@example.org");
        UserAccount dora = withAddress("dora", "dora@example.org");
        kept.put(carla.id(), MailLanguage.GERMAN);

        assertThat(mailer.deliver(notice(bob))).isEqualTo(new MailOutcome.NoAddress());
        assertThat(mailer.deliver(notice(carla))).isEqualTo(new MailOutcome.Sent());
        assertThat(mailer.deliver(notice(dora))).isEqualTo(new MailOutcome.Sent());

        assertThat(sent).extracting(mail -> mail.to().value() + " " + mail.subject())
                .containsExactly("carla@example.org REQUIREMENT_CHANGED de", "dora@example.org REQUIREMENT_CHANGED en");
    }

    @Test
    void aNoticeForAnAccountThatWasReplacedUnderTheSameNameIsNotSent() {
        UserAccount erin = withAddress("erin", "erin@example.org");
        SecurityNotice stale = new SecurityNotice(NoticeKind.TWO_FACTOR_RESET, erin.id() + 100, "erin", NOW, BROWSER,
                "root", "");
        assertThat(mailer.deliver(stale)).isEqualTo(new MailOutcome.NoAddress());
        assertThat(sent).isEmpty();
    }

    @Test
    void aMailSubjectIsOneLineAndAMailPrintsWithoutItsContent() {
        EmailAddress to = new EmailAddress("a@example.org");
        assertThatThrownBy(() -> new OutgoingMail(to, "Hi\r\nBcc: x@example.org", "t", "h"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutgoingMail(to, "Code", "123456", "<b>123456</b>").toString()).doesNotContain("123456");
    }

    @Test
    void languagesAreKnownByTagOrLocaleAndOthersAreNot() {
        assertThat(MailLanguage.of("de")).contains(MailLanguage.GERMAN);
        assertThat(MailLanguage.of("de-AT")).contains(MailLanguage.GERMAN);
        assertThat(MailLanguage.of("de_CH")).contains(MailLanguage.GERMAN);
        assertThat(MailLanguage.of("EN")).contains(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of("fr")).isEmpty();
        assertThat(MailLanguage.of("")).isEmpty();
        assertThat(MailLanguage.of(null)).isEmpty();
    }

    private static SecurityNotice notice(UserAccount user) {
        return SecurityNotice.of(new SecurityEvent(SecurityEventType.TWO_FACTOR_RULE_CHANGED, user.id(),
                user.username().value(), NOW, BROWSER, "REQUIRED", "root")).orElseThrow();
    }
}
