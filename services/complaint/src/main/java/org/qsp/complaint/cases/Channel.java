package org.qsp.complaint.cases;

/** How the case came in. */
public enum Channel {
    WEB, APP, PHONE_12315, WECHAT
}
