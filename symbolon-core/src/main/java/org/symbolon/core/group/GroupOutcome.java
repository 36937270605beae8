package org.symbolon.core.group;

/** The result of a change to groups. */
public sealed interface GroupOutcome {

    record Done(UserGroup group) implements GroupOutcome {
    }

    record Refused(Refusal refusal) implements GroupOutcome {
    }

    enum Refusal {
        NAME_TAKEN,
        NO_SUCH_GROUP,
        NO_SUCH_USER,
        ALREADY_MEMBER,
        NOT_A_MEMBER
    }
}
