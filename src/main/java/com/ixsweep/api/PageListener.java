package com.ixsweep.api;

/**
 * Told after each page of a paged list, on the calling thread; answers whether to go on. Lets a caller show
 * progress ("1,200 of 3,012") and stop a long listing between pages.
 */
@FunctionalInterface
public interface PageListener {

    PageListener NONE = (loaded, total) -> true;

    /**
     * @param loaded items read so far
     * @param total what the server says it holds, or -1 when it does not say
     * @return false to stop after this page: the items read so far are returned
     */
    boolean pageRead(int loaded, long total);
}
