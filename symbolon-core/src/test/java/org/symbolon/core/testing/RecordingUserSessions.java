package org.symbolon.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.symbolon.core.account.UserSessions;
import org.symbolon.core.account.Username;

/** Remembers which sessions the core asked to end, in order. */
public final class RecordingUserSessions implements UserSessions {

    /** One call: the user whose sessions end, and the session kept (null: none). */
    public record Ended(String username, String exceptSessionId) {
    }

    private final List<Ended> ended = new ArrayList<>();

    @Override
    public void endSessions(Username username, String exceptSessionId) {
        ended.add(new Ended(username.value(), exceptSessionId));
    }

    public List<Ended> ended() {
        return List.copyOf(ended);
    }
}
