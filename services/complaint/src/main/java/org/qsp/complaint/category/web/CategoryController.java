package org.qsp.complaint.category.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.qsp.complaint.category.Categories;
import org.qsp.complaint.category.Category;

/** The public category catalogue (no token needed): what a complaint can be about and what each asks for. */
@RestController
class CategoryController {

    @GetMapping("/api/complaint/v1/categories")
    List<Category> categories() {
        return Categories.all();
    }
}
