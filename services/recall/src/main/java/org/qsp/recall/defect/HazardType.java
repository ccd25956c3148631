package org.qsp.recall.defect;

/** What makes the product dangerous: EU Safety Gate's risk types, and food's own (foreign bodies, allergens). */
public enum HazardType {
    CHEMICAL, MICROBIOLOGICAL, FOREIGN_BODY, ALLERGEN, CHOKING, ELECTRIC_SHOCK, FIRE, BURNS, INJURIES, CUTS,
    STRANGULATION, SUFFOCATION, DROWNING, HEARING_OR_SIGHT, ENVIRONMENT, OTHER
}
