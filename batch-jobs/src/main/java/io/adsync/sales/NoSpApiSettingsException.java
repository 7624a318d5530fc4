package io.adsync.sales;

import io.adsync.ads.AdsApiException;

/** The org has no SP-API credentials: no sales can be loaded until they are saved. */
public class NoSpApiSettingsException extends AdsApiException {

    public NoSpApiSettingsException(long orgId) {
        super("Organization " + orgId + " has no SP-API credentials: save them under Settings > Amazon SP-API to "
                + "load sales and traffic.");
    }
}
