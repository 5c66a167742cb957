package org.whosaid.store;

/** Another writer (another process, or another open {@link Store}) holds the store. */
public final class StoreLockedException extends StoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is locked, naming the store folder
     * @param cause the underlying failure, or null
     */
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
