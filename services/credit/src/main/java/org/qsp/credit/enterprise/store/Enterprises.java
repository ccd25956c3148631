package org.qsp.credit.enterprise.store;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.qsp.credit.enterprise.Enterprise;
import org.qsp.credit.rules.RiskClass;

public interface Enterprises extends MongoRepository<Enterprise, String> {

    Page<Enterprise> findByRegionStartingWith(String regionPrefix, PageRequest page);

    Page<Enterprise> findByRegionStartingWithAndRiskClass(String regionPrefix, RiskClass riskClass, PageRequest page);

    /** The enterprises whose region starts with the prefix, riskiest (lowest score) first. */
    default Page<Enterprise> inRegion(String regionPrefix, Optional<RiskClass> riskClass, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("score").ascending().and(Sort.by("uscc")));
        return riskClass.map(c -> findByRegionStartingWithAndRiskClass(regionPrefix, c, request))
                .orElseGet(() -> findByRegionStartingWith(regionPrefix, request));
    }
}
