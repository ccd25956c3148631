package org.qsp.rectification.task.store;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.qsp.rectification.task.RectificationTask;

public interface TaskRepository extends MongoRepository<RectificationTask, String> {

    Page<RectificationTask> findByEnterpriseUscc(String uscc, Pageable pageable);
}
