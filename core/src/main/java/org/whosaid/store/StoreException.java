package org.whosaid.store;

/** The store cannot do what was asked: its folder cannot be opened, read or written. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the store folder
     * @param cause the underlying failure, or null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
