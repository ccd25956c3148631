package org.qsp.inspection.pool;

import java.util.List;

import org.springframework.stereotype.Service;
import org.qsp.contracts.credit.CreditClassChanged;
import org.qsp.contracts.credit.CreditEnterpriseRegistered;
import org.qsp.contracts.credit.CreditEnterpriseUpdated;

/** Keeps the enterprise pool from credit's registry and class events (each repeatable: the last write wins). */
@Service
public class PoolService {

    private final EnterprisePool pool;

    public PoolService(EnterprisePool pool) {
        this.pool = pool;
    }

    public void registered(CreditEnterpriseRegistered event) {
        pool.upsertAll(List.of(new PoolEnterprise(event.uscc(), event.name(), event.region(), event.categories(),
                event.status(), RiskClass.parse(event.riskClass()), event.registeredAt())));
    }

    public void updated(CreditEnterpriseUpdated event) {
        pool.upsertAll(List.of(new PoolEnterprise(event.uscc(), event.name(), event.region(), event.categories(),
                event.status(), RiskClass.parse(event.riskClass()), event.updatedAt())));
    }

    public void classChanged(CreditClassChanged event) {
        pool.classChanged(event.uscc(), RiskClass.parse(event.currentClass()), event.changedAt());
    }
}
