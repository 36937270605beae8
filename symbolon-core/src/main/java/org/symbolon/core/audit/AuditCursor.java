package org.symbolon.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symbolon.core.text.InputProblem;

/**
 * A place in the audit log, between pages: the time and id of the last event a page showed. The
 * log is ordered by (occurredAt, id), so the next page is "everything before this pair", which an
 * index finds directly however deep the page is (keyset paging, unlike OFFSET, which reads and
 * drops every row before it). Events of the same instant are told apart by id, so none is shown
 * twice or skipped at a page border.
 */
public record AuditCursor(Instant occurredAt, long id) {

    /** Longer text is refused before it is decoded. */
    public static final int MAX_TOKEN_LENGTH = 64;

    private static final Pattern DECODED = Pattern.compile("(-?\\d{1,19})\\.(\\d{1,9})\\.(\\d{1,19})");

    public AuditCursor {
        if (occurredAt == null) {
            throw new IllegalArgumentException("a cursor needs a time");
        }
    }

    /**
     * The cursor as an opaque, URL-safe token for links and API answers. Opaque so that clients
     * pass it back rather than build one; its form may change.
     */
    public String token() {
        String plain = occurredAt.getEpochSecond() + "." + occurredAt.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a token that {@link #token()} made.
     *
     * @param field the parameter it came in, for the problem
     * @throws InputProblem MALFORMED when the text is not such a token
     */
    public static AuditCursor parse(String field, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InputProblem(field, InputProblem.Reason.MALFORMED);
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
            Matcher parts = DECODED.matcher(plain);
            if (!parts.matches()) {
                throw new InputProblem(field, InputProblem.Reason.MALFORMED);
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)));
            return new AuditCursor(at, Long.parseLong(parts.group(3)));
        } catch (IllegalArgumentException | java.time.DateTimeException notAToken) {
            // Bad Base64, a number out of range (NumberFormatException is an IllegalArgumentException),
            // or a time beyond Instant's range.
            throw new InputProblem(field, InputProblem.Reason.MALFORMED);
        }
    }
}
