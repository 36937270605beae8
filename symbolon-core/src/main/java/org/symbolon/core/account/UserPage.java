package org.symbolon.core.account;

import java.util.List;

/** One page of a user search, with the total so that a list can offer page links. */
public record UserPage(List<UserAccount> users, int page, int size, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
