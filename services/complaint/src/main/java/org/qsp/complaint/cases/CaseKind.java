package org.qsp.complaint.cases;

/** The two procedures of the 2019 rules: a consumer dispute (投诉) and a lead that a business broke the law (举报). */
public enum CaseKind {
    COMPLAINT, REPORT
}
