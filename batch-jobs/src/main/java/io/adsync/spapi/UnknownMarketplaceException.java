package io.adsync.spapi;

import io.adsync.ads.AdsApiException;

/** The saved marketplace id is not one of Amazon's, so neither its region nor its days are known. */
public class UnknownMarketplaceException extends AdsApiException {

    public UnknownMarketplaceException(String marketplaceId) {
        super("The marketplace id \"" + marketplaceId + "\" in the SP-API settings is not an Amazon marketplace "
                + "this application knows (for example A1F83G8C2ARO7P is the UK, ATVPDKIKX0DER the US). Correct it "
                + "in the SP-API settings.");
    }
}
