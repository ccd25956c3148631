package org.qsp.credit.repair.store;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.qsp.credit.repair.RepairApplication;
import org.qsp.credit.repair.RepairEligibility;
import org.qsp.credit.repair.RepairPolicy;
import org.qsp.platform.attachment.AttachmentStore;
import org.qsp.platform.attachment.AttachmentStores;
import org.qsp.platform.attachment.ImageType;
import org.qsp.platform.calendar.Deadlines;
import org.qsp.platform.store.AggregateStore;
import org.qsp.platform.store.AggregateStores;

/** The write path of repair applications, their evidence bucket (JPEG, PNG, PDF) and the eligibility rule. */
@Configuration(proxyBeanMethods = false)
class RepairStore {

    @Bean
    AggregateStore<RepairApplication> repairApplications(AggregateStores stores) {
        return stores.of(RepairApplication.class, "repair application");
    }

    @Bean
    AttachmentStore repairEvidenceStore(AttachmentStores stores) {
        return stores.bucket("repair-evidence", EnumSet.of(ImageType.JPEG, ImageType.PNG, ImageType.PDF));
    }

    @Bean
    RepairEligibility repairEligibility(RepairPolicy policy, Deadlines deadlines) {
        return new RepairEligibility(policy, deadlines.zone());
    }
}
