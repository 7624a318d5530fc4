package io.adsync.web.api;

/** Input the API cannot act on; answered 400 with the message as the error. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
