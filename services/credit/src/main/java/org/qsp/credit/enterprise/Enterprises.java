package org.qsp.credit.enterprise;

import java.util.Optional;

import org.qsp.credit.rules.RiskClass;

/** Lists of enterprises (a port: the store adapter implements it). */
public interface Enterprises {

    /** The enterprises whose region starts with the prefix, riskiest (lowest score) first, then by USCC. */
    EnterprisePage inRegion(String regionPrefix, Optional<RiskClass> riskClass, int page, int size);
}
